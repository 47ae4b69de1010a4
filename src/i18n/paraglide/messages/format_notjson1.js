/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} Format_Notjson1Inputs */

const en_format_notjson1 = /** @type {(inputs: Format_Notjson1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`not valid JSON (${i?.detail})`)
};

const es_format_notjson1 = /** @type {(inputs: Format_Notjson1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no es JSON válido (${i?.detail})`)
};

const de_format_notjson1 = /** @type {(inputs: Format_Notjson1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`kein gültiges JSON (${i?.detail})`)
};

/**
* | output |
* | --- |
* | "not valid JSON ({detail})" |
*
* @param {Format_Notjson1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_notjson1 = /** @type {((inputs: Format_Notjson1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Notjson1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_notjson1(inputs)
	if (locale === "de") return de_format_notjson1(inputs)
	return en_format_notjson1(inputs)
});
export { format_notjson1 as "format_notJson" }