/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdictwordwrong2Inputs */

const en_lessons_verdictwordwrong2 = /** @type {(inputs: Lessons_Verdictwordwrong2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wrong`)
};

const es_lessons_verdictwordwrong2 = /** @type {(inputs: Lessons_Verdictwordwrong2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`falsa`)
};

const de_lessons_verdictwordwrong2 = /** @type {(inputs: Lessons_Verdictwordwrong2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`falsch`)
};

/**
* | output |
* | --- |
* | "wrong" |
*
* @param {Lessons_Verdictwordwrong2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdictwordwrong2 = /** @type {((inputs?: Lessons_Verdictwordwrong2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdictwordwrong2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdictwordwrong2(inputs)
	if (locale === "de") return de_lessons_verdictwordwrong2(inputs)
	return en_lessons_verdictwordwrong2(inputs)
});
export { lessons_verdictwordwrong2 as "lessons_verdictWordWrong" }