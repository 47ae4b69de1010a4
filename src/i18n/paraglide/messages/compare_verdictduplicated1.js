/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictduplicated1Inputs */

const en_compare_verdictduplicated1 = /** @type {(inputs: Compare_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicated`)
};

const es_compare_verdictduplicated1 = /** @type {(inputs: Compare_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicado`)
};

const de_compare_verdictduplicated1 = /** @type {(inputs: Compare_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`doppelt`)
};

/**
* | output |
* | --- |
* | "duplicated" |
*
* @param {Compare_Verdictduplicated1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictduplicated1 = /** @type {((inputs?: Compare_Verdictduplicated1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictduplicated1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictduplicated1(inputs)
	if (locale === "de") return de_compare_verdictduplicated1(inputs)
	return en_compare_verdictduplicated1(inputs)
});
export { compare_verdictduplicated1 as "compare_verdictDuplicated" }