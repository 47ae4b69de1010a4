/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_PasswordInputs */

const en_format_password = /** @type {(inputs: Format_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a password is 1 to 40 printable ASCII characters`)
};

const es_format_password = /** @type {(inputs: Format_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una contraseña tiene de 1 a 40 caracteres ASCII imprimibles`)
};

const de_format_password = /** @type {(inputs: Format_PasswordInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Passwort besteht aus 1 bis 40 druckbaren ASCII-Zeichen`)
};

/**
* | output |
* | --- |
* | "a password is 1 to 40 printable ASCII characters" |
*
* @param {Format_PasswordInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const format_password = /** @type {((inputs?: Format_PasswordInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_PasswordInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_password(inputs)
	if (locale === "de") return de_format_password(inputs)
	return en_format_password(inputs)
});