/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_EndInputs */

const en_compare_end = /** @type {(inputs: Compare_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both to end`)
};

const es_compare_end = /** @type {(inputs: Compare_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos al final`)
};

const de_compare_end = /** @type {(inputs: Compare_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide zum Ende`)
};

/**
* | output |
* | --- |
* | "Both to end" |
*
* @param {Compare_EndInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_end = /** @type {((inputs?: Compare_EndInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_EndInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_end(inputs)
	if (locale === "de") return de_compare_end(inputs)
	return en_compare_end(inputs)
});