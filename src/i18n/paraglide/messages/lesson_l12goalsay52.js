/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goalsay52Inputs */

const en_lesson_l12goalsay52 = /** @type {(inputs: Lesson_L12goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the run to its end.`)
};

const es_lesson_l12goalsay52 = /** @type {(inputs: Lesson_L12goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deja correr la ejecución hasta el final.`)
};

const de_lesson_l12goalsay52 = /** @type {(inputs: Lesson_L12goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lass den Durchlauf bis zum Ende laufen.`)
};

/**
* | output |
* | --- |
* | "Play the run to its end." |
*
* @param {Lesson_L12goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goalsay52 = /** @type {((inputs?: Lesson_L12goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goalsay52(inputs)
	if (locale === "de") return de_lesson_l12goalsay52(inputs)
	return en_lesson_l12goalsay52(inputs)
});
export { lesson_l12goalsay52 as "lesson_l12GoalSay5" }