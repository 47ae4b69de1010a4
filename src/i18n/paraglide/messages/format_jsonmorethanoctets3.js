/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown>, length: NonNullable<unknown> }} Format_Jsonmorethanoctets3Inputs */

const en_format_jsonmorethanoctets3 = /** @type {(inputs: Format_Jsonmorethanoctets3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the JSON text is more than ${i?.limit} octets (${i?.length} characters); the limit is ${i?.limit} octets (UTF-8)`)
};

const es_format_jsonmorethanoctets3 = /** @type {(inputs: Format_Jsonmorethanoctets3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el texto JSON tiene más de ${i?.limit} octetos (${i?.length} caracteres); el límite es ${i?.limit} octetos (UTF-8)`)
};

const de_format_jsonmorethanoctets3 = /** @type {(inputs: Format_Jsonmorethanoctets3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der JSON-Text hat mehr als ${i?.limit} Oktette (${i?.length} Zeichen); die Grenze ist ${i?.limit} Oktette (UTF-8)`)
};

/**
* | output |
* | --- |
* | "the JSON text is more than {limit} octets ({length} characters); the limit is {limit} octets (UTF-8)" |
*
* @param {Format_Jsonmorethanoctets3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_jsonmorethanoctets3 = /** @type {((inputs: Format_Jsonmorethanoctets3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Jsonmorethanoctets3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_jsonmorethanoctets3(inputs)
	if (locale === "de") return de_format_jsonmorethanoctets3(inputs)
	return en_format_jsonmorethanoctets3(inputs)
});
export { format_jsonmorethanoctets3 as "format_jsonMoreThanOctets" }