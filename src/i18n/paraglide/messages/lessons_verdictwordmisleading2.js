/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictwordmisleading2Inputs */

const en_lessons_verdictwordmisleading2 = /** @type {(inputs: Lessons_Verdictwordmisleading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`misleading`)
};

const es_lessons_verdictwordmisleading2 = /** @type {(inputs: Lessons_Verdictwordmisleading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`engañosa`)
};

const de_lessons_verdictwordmisleading2 = /** @type {(inputs: Lessons_Verdictwordmisleading2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`irreführend`)
};

/**
* | output |
* | --- |
* | "misleading" |
*
* @param {Lessons_Verdictwordmisleading2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictwordmisleading2 = /** @type {((inputs?: Lessons_Verdictwordmisleading2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictwordmisleading2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictwordmisleading2(inputs)
	if (locale === "de") return de_lessons_verdictwordmisleading2(inputs)
	return en_lessons_verdictwordmisleading2(inputs)
});
export { lessons_verdictwordmisleading2 as "lessons_verdictWordMisleading" }