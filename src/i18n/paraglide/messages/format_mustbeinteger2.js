/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Mustbeinteger2Inputs */

const en_format_mustbeinteger2 = /** @type {(inputs: Format_Mustbeinteger2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`must be an integer`)
};

const es_format_mustbeinteger2 = /** @type {(inputs: Format_Mustbeinteger2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`debe ser un número entero`)
};

const de_format_mustbeinteger2 = /** @type {(inputs: Format_Mustbeinteger2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`muss eine ganze Zahl sein`)
};

/**
* | output |
* | --- |
* | "must be an integer" |
*
* @param {Format_Mustbeinteger2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_mustbeinteger2 = /** @type {((inputs?: Format_Mustbeinteger2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Mustbeinteger2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_mustbeinteger2(inputs)
	if (locale === "de") return de_format_mustbeinteger2(inputs)
	return en_format_mustbeinteger2(inputs)
});
export { format_mustbeinteger2 as "format_mustBeInteger" }