/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Unknownfield1Inputs */

const en_format_unknownfield1 = /** @type {(inputs: Format_Unknownfield1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unknown field`)
};

const es_format_unknownfield1 = /** @type {(inputs: Format_Unknownfield1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`campo desconocido`)
};

const de_format_unknownfield1 = /** @type {(inputs: Format_Unknownfield1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`unbekanntes Feld`)
};

/**
* | output |
* | --- |
* | "unknown field" |
*
* @param {Format_Unknownfield1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_unknownfield1 = /** @type {((inputs?: Format_Unknownfield1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Unknownfield1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_unknownfield1(inputs)
	if (locale === "de") return de_format_unknownfield1(inputs)
	return en_format_unknownfield1(inputs)
});
export { format_unknownfield1 as "format_unknownField" }