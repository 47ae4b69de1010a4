/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictlost1Inputs */

const en_compare_verdictlost1 = /** @type {(inputs: Compare_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost`)
};

const es_compare_verdictlost1 = /** @type {(inputs: Compare_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`perdido`)
};

const de_compare_verdictlost1 = /** @type {(inputs: Compare_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren`)
};

/**
* | output |
* | --- |
* | "lost" |
*
* @param {Compare_Verdictlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictlost1 = /** @type {((inputs?: Compare_Verdictlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictlost1(inputs)
	if (locale === "de") return de_compare_verdictlost1(inputs)
	return en_compare_verdictlost1(inputs)
});
export { compare_verdictlost1 as "compare_verdictLost" }