/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdicthalftrue2Inputs */

const en_lessons_verdicthalftrue2 = /** @type {(inputs: Lessons_Verdicthalftrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Half true`)
};

const es_lessons_verdicthalftrue2 = /** @type {(inputs: Lessons_Verdicthalftrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verdad a medias`)
};

const de_lessons_verdicthalftrue2 = /** @type {(inputs: Lessons_Verdicthalftrue2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halb wahr`)
};

/**
* | output |
* | --- |
* | "Half true" |
*
* @param {Lessons_Verdicthalftrue2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdicthalftrue2 = /** @type {((inputs?: Lessons_Verdicthalftrue2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdicthalftrue2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdicthalftrue2(inputs)
	if (locale === "de") return de_lessons_verdicthalftrue2(inputs)
	return en_lessons_verdicthalftrue2(inputs)
});
export { lessons_verdicthalftrue2 as "lessons_verdictHalfTrue" }