/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Stepforward1Inputs */

const en_compare_stepforward1 = /** @type {(inputs: Compare_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step both forward`)
};

const es_compare_stepforward1 = /** @type {(inputs: Compare_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos un paso adelante`)
};

const de_compare_stepforward1 = /** @type {(inputs: Compare_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide einen Schritt vor`)
};

/**
* | output |
* | --- |
* | "Step both forward" |
*
* @param {Compare_Stepforward1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_stepforward1 = /** @type {((inputs?: Compare_Stepforward1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Stepforward1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_stepforward1(inputs)
	if (locale === "de") return de_compare_stepforward1(inputs)
	return en_compare_stepforward1(inputs)
});
export { compare_stepforward1 as "compare_stepForward" }