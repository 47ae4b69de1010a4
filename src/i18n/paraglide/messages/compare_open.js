/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_OpenInputs */

const en_compare_open = /** @type {(inputs: Compare_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare side by side`)
};

const es_compare_open = /** @type {(inputs: Compare_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comparar lado a lado`)
};

const de_compare_open = /** @type {(inputs: Compare_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nebeneinander vergleichen`)
};

/**
* | output |
* | --- |
* | "Compare side by side" |
*
* @param {Compare_OpenInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_open = /** @type {((inputs?: Compare_OpenInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_OpenInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_open(inputs)
	if (locale === "de") return de_compare_open(inputs)
	return en_compare_open(inputs)
});