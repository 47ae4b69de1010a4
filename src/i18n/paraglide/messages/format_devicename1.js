/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Devicename1Inputs */

const en_format_devicename1 = /** @type {(inputs: Format_Devicename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a device name is 1 to 32 letters, digits, spaces, ".", "_" or "-"`)
};

const es_format_devicename1 = /** @type {(inputs: Format_Devicename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un nombre de dispositivo tiene de 1 a 32 letras, dígitos, espacios, ".", "_" o "-"`)
};

const de_format_devicename1 = /** @type {(inputs: Format_Devicename1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Gerätename besteht aus 1 bis 32 Buchstaben, Ziffern, Leerzeichen, ".", "_" oder "-"`)
};

/**
* | output |
* | --- |
* | "a device name is 1 to 32 letters, digits, spaces, \".\", \"_\" or \"-\"" |
*
* @param {Format_Devicename1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_devicename1 = /** @type {((inputs?: Format_Devicename1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Devicename1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_devicename1(inputs)
	if (locale === "de") return de_format_devicename1(inputs)
	return en_format_devicename1(inputs)
});
export { format_devicename1 as "format_deviceName" }