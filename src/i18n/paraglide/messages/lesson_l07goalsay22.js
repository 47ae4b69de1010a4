/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07goalsay22Inputs */

const en_lesson_l07goalsay22 = /** @type {(inputs: Lesson_L07goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end.`)
};

const es_lesson_l07goalsay22 = /** @type {(inputs: Lesson_L07goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final.`)
};

const de_lesson_l07goalsay22 = /** @type {(inputs: Lesson_L07goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end." |
*
* @param {Lesson_L07goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07goalsay22 = /** @type {((inputs?: Lesson_L07goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07goalsay22(inputs)
	if (locale === "de") return de_lesson_l07goalsay22(inputs)
	return en_lesson_l07goalsay22(inputs)
});
export { lesson_l07goalsay22 as "lesson_l07GoalSay2" }