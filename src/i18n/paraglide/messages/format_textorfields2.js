/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Textorfields2Inputs */

const en_format_textorfields2 = /** @type {(inputs: Format_Textorfields2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`give either "text" (raw RFC 5322 message) or "subject"/"from"/"to"/"body", not both`)
};

const es_format_textorfields2 = /** @type {(inputs: Format_Textorfields2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`indica o bien "text" (mensaje RFC 5322 en bruto) o bien "subject"/"from"/"to"/"body", no ambos`)
};

const de_format_textorfields2 = /** @type {(inputs: Format_Textorfields2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gib entweder "text" (rohe RFC-5322-Nachricht) oder "subject"/"from"/"to"/"body" an, nicht beides`)
};

/**
* | output |
* | --- |
* | "give either \"text\" (raw RFC 5322 message) or \"subject\"/\"from\"/\"to\"/\"body\", not both" |
*
* @param {Format_Textorfields2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_textorfields2 = /** @type {((inputs?: Format_Textorfields2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Textorfields2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_textorfields2(inputs)
	if (locale === "de") return de_format_textorfields2(inputs)
	return en_format_textorfields2(inputs)
});
export { format_textorfields2 as "format_textOrFields" }