/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_IdInputs */

const en_format_id = /** @type {(inputs: Format_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`an id is 1 to 64 lower-case letters, digits or "-"`)
};

const es_format_id = /** @type {(inputs: Format_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un id tiene de 1 a 64 letras minúsculas, dígitos o "-"`)
};

const de_format_id = /** @type {(inputs: Format_IdInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine id besteht aus 1 bis 64 Kleinbuchstaben, Ziffern oder "-"`)
};

/**
* | output |
* | --- |
* | "an id is 1 to 64 lower-case letters, digits or \"-\"" |
*
* @param {Format_IdInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const format_id = /** @type {((inputs?: Format_IdInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_IdInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_id(inputs)
	if (locale === "de") return de_format_id(inputs)
	return en_format_id(inputs)
});