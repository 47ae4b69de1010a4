/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ expected: NonNullable<unknown>, received: NonNullable<unknown> }} Format_Expectedgot1Inputs */

const en_format_expectedgot1 = /** @type {(inputs: Format_Expectedgot1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected ${i?.expected}, got ${i?.received}`)
};

const es_format_expectedgot1 = /** @type {(inputs: Format_Expectedgot1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba ${i?.expected}, pero llegó ${i?.received}`)
};

const de_format_expectedgot1 = /** @type {(inputs: Format_Expectedgot1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet ${i?.expected}, erhalten ${i?.received}`)
};

/**
* | output |
* | --- |
* | "expected {expected}, got {received}" |
*
* @param {Format_Expectedgot1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_expectedgot1 = /** @type {((inputs: Format_Expectedgot1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Expectedgot1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_expectedgot1(inputs)
	if (locale === "de") return de_format_expectedgot1(inputs)
	return en_format_expectedgot1(inputs)
});
export { format_expectedgot1 as "format_expectedGot" }