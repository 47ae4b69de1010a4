/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02goalsay32Inputs */

const en_lesson_l02goalsay32 = /** @type {(inputs: Lesson_L02goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device got a message twice: each should get it once.`)
};

const es_lesson_l02goalsay32 = /** @type {(inputs: Lesson_L02goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un dispositivo ha recibido un mensaje dos veces: cada uno debería recibirlo una sola vez.`)
};

const de_lesson_l02goalsay32 = /** @type {(inputs: Lesson_L02goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Gerät hat eine Nachricht zweimal bekommen: Jedes soll sie nur einmal bekommen.`)
};

/**
* | output |
* | --- |
* | "A device got a message twice: each should get it once." |
*
* @param {Lesson_L02goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02goalsay32 = /** @type {((inputs?: Lesson_L02goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02goalsay32(inputs)
	if (locale === "de") return de_lesson_l02goalsay32(inputs)
	return en_lesson_l02goalsay32(inputs)
});
export { lesson_l02goalsay32 as "lesson_l02GoalSay3" }