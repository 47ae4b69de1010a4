/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_DiffersInputs */

const en_compare_differs = /** @type {(inputs: Compare_DiffersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Differs`)
};

const es_compare_differs = /** @type {(inputs: Compare_DiffersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Distinto`)
};

const de_compare_differs = /** @type {(inputs: Compare_DiffersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anders`)
};

/**
* | output |
* | --- |
* | "Differs" |
*
* @param {Compare_DiffersInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_differs = /** @type {((inputs?: Compare_DiffersInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_DiffersInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_differs(inputs)
	if (locale === "de") return de_compare_differs(inputs)
	return en_compare_differs(inputs)
});