/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_UidInputs */

const en_format_uid = /** @type {(inputs: Format_UidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a UID is 1 to 70 printable ASCII characters without spaces (RFC 1939 §7)`)
};

const es_format_uid = /** @type {(inputs: Format_UidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un UID tiene de 1 a 70 caracteres ASCII imprimibles, sin espacios (RFC 1939 §7)`)
};

const de_format_uid = /** @type {(inputs: Format_UidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine UID besteht aus 1 bis 70 druckbaren ASCII-Zeichen ohne Leerzeichen (RFC 1939 §7)`)
};

/**
* | output |
* | --- |
* | "a UID is 1 to 70 printable ASCII characters without spaces (RFC 1939 §7)" |
*
* @param {Format_UidInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const format_uid = /** @type {((inputs?: Format_UidInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_UidInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_uid(inputs)
	if (locale === "de") return de_format_uid(inputs)
	return en_format_uid(inputs)
});