/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictdelivered1Inputs */

const en_compare_verdictdelivered1 = /** @type {(inputs: Compare_Verdictdelivered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`delivered`)
};

const es_compare_verdictdelivered1 = /** @type {(inputs: Compare_Verdictdelivered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`entregado`)
};

const de_compare_verdictdelivered1 = /** @type {(inputs: Compare_Verdictdelivered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`zugestellt`)
};

/**
* | output |
* | --- |
* | "delivered" |
*
* @param {Compare_Verdictdelivered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictdelivered1 = /** @type {((inputs?: Compare_Verdictdelivered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictdelivered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictdelivered1(inputs)
	if (locale === "de") return de_compare_verdictdelivered1(inputs)
	return en_compare_verdictdelivered1(inputs)
});
export { compare_verdictdelivered1 as "compare_verdictDelivered" }