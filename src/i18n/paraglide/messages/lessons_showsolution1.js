/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Showsolution1Inputs */

const en_lessons_showsolution1 = /** @type {(inputs: Lessons_Showsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Show solution`)
};

const es_lessons_showsolution1 = /** @type {(inputs: Lessons_Showsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ver la solución`)
};

const de_lessons_showsolution1 = /** @type {(inputs: Lessons_Showsolution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösung zeigen`)
};

/**
* | output |
* | --- |
* | "Show solution" |
*
* @param {Lessons_Showsolution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_showsolution1 = /** @type {((inputs?: Lessons_Showsolution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Showsolution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_showsolution1(inputs)
	if (locale === "de") return de_lessons_showsolution1(inputs)
	return en_lessons_showsolution1(inputs)
});
export { lessons_showsolution1 as "lessons_showSolution" }