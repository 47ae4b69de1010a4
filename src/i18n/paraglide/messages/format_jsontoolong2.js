/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ length: NonNullable<unknown>, limit: NonNullable<unknown> }} Format_Jsontoolong2Inputs */

const en_format_jsontoolong2 = /** @type {(inputs: Format_Jsontoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the JSON text is ${i?.length} characters; the limit is ${i?.limit}`)
};

const es_format_jsontoolong2 = /** @type {(inputs: Format_Jsontoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el texto JSON tiene ${i?.length} caracteres; el límite es ${i?.limit}`)
};

const de_format_jsontoolong2 = /** @type {(inputs: Format_Jsontoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der JSON-Text hat ${i?.length} Zeichen; die Grenze ist ${i?.limit}`)
};

/**
* | output |
* | --- |
* | "the JSON text is {length} characters; the limit is {limit}" |
*
* @param {Format_Jsontoolong2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_jsontoolong2 = /** @type {((inputs: Format_Jsontoolong2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Jsontoolong2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_jsontoolong2(inputs)
	if (locale === "de") return de_format_jsontoolong2(inputs)
	return en_format_jsontoolong2(inputs)
});
export { format_jsontoolong2 as "format_jsonTooLong" }