/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Hostname1Inputs */

const en_format_hostname1 = /** @type {(inputs: Format_Hostname1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a host name`)
};

const es_format_hostname1 = /** @type {(inputs: Format_Hostname1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un nombre de host`)
};

const de_format_hostname1 = /** @type {(inputs: Format_Hostname1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Hostname`)
};

/**
* | output |
* | --- |
* | "a host name" |
*
* @param {Format_Hostname1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_hostname1 = /** @type {((inputs?: Format_Hostname1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Hostname1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_hostname1(inputs)
	if (locale === "de") return de_format_hostname1(inputs)
	return en_format_hostname1(inputs)
});
export { format_hostname1 as "format_hostName" }