/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Username1Inputs */

const en_format_username1 = /** @type {(inputs: Format_Username1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a user name is 1 to 40 printable characters without spaces`)
};

const es_format_username1 = /** @type {(inputs: Format_Username1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un nombre de usuario tiene de 1 a 40 caracteres imprimibles, sin espacios`)
};

const de_format_username1 = /** @type {(inputs: Format_Username1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Benutzername besteht aus 1 bis 40 druckbaren Zeichen ohne Leerzeichen`)
};

/**
* | output |
* | --- |
* | "a user name is 1 to 40 printable characters without spaces" |
*
* @param {Format_Username1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_username1 = /** @type {((inputs?: Format_Username1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Username1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_username1(inputs)
	if (locale === "de") return de_format_username1(inputs)
	return en_format_username1(inputs)
});
export { format_username1 as "format_userName" }