/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictwordtrue2Inputs */

const en_lessons_verdictwordtrue2 = /** @type {(inputs: Lessons_Verdictwordtrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`true`)
};

const es_lessons_verdictwordtrue2 = /** @type {(inputs: Lessons_Verdictwordtrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verdadera`)
};

const de_lessons_verdictwordtrue2 = /** @type {(inputs: Lessons_Verdictwordtrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wahr`)
};

/**
* | output |
* | --- |
* | "true" |
*
* @param {Lessons_Verdictwordtrue2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictwordtrue2 = /** @type {((inputs?: Lessons_Verdictwordtrue2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictwordtrue2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictwordtrue2(inputs)
	if (locale === "de") return de_lessons_verdictwordtrue2(inputs)
	return en_lessons_verdictwordtrue2(inputs)
});
export { lessons_verdictwordtrue2 as "lessons_verdictWordTrue" }