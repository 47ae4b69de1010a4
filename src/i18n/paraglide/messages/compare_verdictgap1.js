/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictgap1Inputs */

const en_compare_verdictgap1 = /** @type {(inputs: Compare_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gap`)
};

const es_compare_verdictgap1 = /** @type {(inputs: Compare_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hueco`)
};

const de_compare_verdictgap1 = /** @type {(inputs: Compare_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke`)
};

/**
* | output |
* | --- |
* | "gap" |
*
* @param {Compare_Verdictgap1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictgap1 = /** @type {((inputs?: Compare_Verdictgap1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictgap1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictgap1(inputs)
	if (locale === "de") return de_compare_verdictgap1(inputs)
	return en_compare_verdictgap1(inputs)
});
export { compare_verdictgap1 as "compare_verdictGap" }