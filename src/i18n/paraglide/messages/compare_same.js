/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_SameInputs */

const en_compare_same = /** @type {(inputs: Compare_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Same`)
};

const es_compare_same = /** @type {(inputs: Compare_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Igual`)
};

const de_compare_same = /** @type {(inputs: Compare_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gleich`)
};

/**
* | output |
* | --- |
* | "Same" |
*
* @param {Compare_SameInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_same = /** @type {((inputs?: Compare_SameInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_SameInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_same(inputs)
	if (locale === "de") return de_compare_same(inputs)
	return en_compare_same(inputs)
});