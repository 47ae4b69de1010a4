/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_StartInputs */

const en_compare_start = /** @type {(inputs: Compare_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both to start`)
};

const es_compare_start = /** @type {(inputs: Compare_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos al inicio`)
};

const de_compare_start = /** @type {(inputs: Compare_StartInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide zum Anfang`)
};

/**
* | output |
* | --- |
* | "Both to start" |
*
* @param {Compare_StartInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_start = /** @type {((inputs?: Compare_StartInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_StartInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_start(inputs)
	if (locale === "de") return de_compare_start(inputs)
	return en_compare_start(inputs)
});