/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ octets: NonNullable<unknown>, limit: NonNullable<unknown> }} Format_Jsonoctets1Inputs */

const en_format_jsonoctets1 = /** @type {(inputs: Format_Jsonoctets1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the JSON text is ${i?.octets} octets (UTF-8); the limit is ${i?.limit} octets`)
};

const es_format_jsonoctets1 = /** @type {(inputs: Format_Jsonoctets1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el texto JSON tiene ${i?.octets} octetos (UTF-8); el límite es ${i?.limit} octetos`)
};

const de_format_jsonoctets1 = /** @type {(inputs: Format_Jsonoctets1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der JSON-Text hat ${i?.octets} Oktette (UTF-8); die Grenze ist ${i?.limit} Oktette`)
};

/**
* | output |
* | --- |
* | "the JSON text is {octets} octets (UTF-8); the limit is {limit} octets" |
*
* @param {Format_Jsonoctets1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_jsonoctets1 = /** @type {((inputs: Format_Jsonoctets1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Jsonoctets1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_jsonoctets1(inputs)
	if (locale === "de") return de_format_jsonoctets1(inputs)
	return en_format_jsonoctets1(inputs)
});
export { format_jsonoctets1 as "format_jsonOctets" }