/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Header_RetentionInputs */

const en_header_retention = /** @type {(inputs: Header_RetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Retention`)
};

const es_header_retention = /** @type {(inputs: Header_RetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conservación`)
};

const de_header_retention = /** @type {(inputs: Header_RetentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aufbewahrung`)
};

/**
* | output |
* | --- |
* | "Retention" |
*
* @param {Header_RetentionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const header_retention = /** @type {((inputs?: Header_RetentionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Header_RetentionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_header_retention(inputs)
	if (locale === "de") return de_header_retention(inputs)
	return en_header_retention(inputs)
});