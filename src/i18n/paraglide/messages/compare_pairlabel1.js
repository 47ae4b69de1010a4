/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Pairlabel1Inputs */

const en_compare_pairlabel1 = /** @type {(inputs: Compare_Pairlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare`)
};

const es_compare_pairlabel1 = /** @type {(inputs: Compare_Pairlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comparar`)
};

const de_compare_pairlabel1 = /** @type {(inputs: Compare_Pairlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vergleichen`)
};

/**
* | output |
* | --- |
* | "Compare" |
*
* @param {Compare_Pairlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_pairlabel1 = /** @type {((inputs?: Compare_Pairlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Pairlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_pairlabel1(inputs)
	if (locale === "de") return de_compare_pairlabel1(inputs)
	return en_compare_pairlabel1(inputs)
});
export { compare_pairlabel1 as "compare_pairLabel" }