/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ values: NonNullable<unknown> }} Format_Expectedvalues1Inputs */

const en_format_expectedvalues1 = /** @type {(inputs: Format_Expectedvalues1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected ${i?.values}`)
};

const es_format_expectedvalues1 = /** @type {(inputs: Format_Expectedvalues1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba ${i?.values}`)
};

const de_format_expectedvalues1 = /** @type {(inputs: Format_Expectedvalues1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet: ${i?.values}`)
};

/**
* | output |
* | --- |
* | "expected {values}" |
*
* @param {Format_Expectedvalues1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_expectedvalues1 = /** @type {((inputs: Format_Expectedvalues1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Expectedvalues1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_expectedvalues1(inputs)
	if (locale === "de") return de_format_expectedvalues1(inputs)
	return en_format_expectedvalues1(inputs)
});
export { format_expectedvalues1 as "format_expectedValues" }