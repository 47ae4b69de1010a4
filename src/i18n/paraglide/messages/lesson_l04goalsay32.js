/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay32Inputs */

const en_lesson_l04goalsay32 = /** @type {(inputs: Lesson_L04goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server never read QUIT: cut the connection later, after QUIT has arrived.`)
};

const es_lesson_l04goalsay32 = /** @type {(inputs: Lesson_L04goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor nunca leyó QUIT: corta la conexión más tarde, cuando QUIT ya haya llegado.`)
};

const de_lesson_l04goalsay32 = /** @type {(inputs: Lesson_L04goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat QUIT nie gelesen: Trenne die Verbindung später, wenn QUIT angekommen ist.`)
};

/**
* | output |
* | --- |
* | "The server never read QUIT: cut the connection later, after QUIT has arrived." |
*
* @param {Lesson_L04goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay32 = /** @type {((inputs?: Lesson_L04goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay32(inputs)
	if (locale === "de") return de_lesson_l04goalsay32(inputs)
	return en_lesson_l04goalsay32(inputs)
});
export { lesson_l04goalsay32 as "lesson_l04GoalSay3" }