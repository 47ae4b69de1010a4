/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ type: NonNullable<unknown> }} Format_Notobject1Inputs */

const en_format_notobject1 = /** @type {(inputs: Format_Notobject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected a JSON object, got ${i?.type}`)
};

const es_format_notobject1 = /** @type {(inputs: Format_Notobject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba un objeto JSON, pero llegó ${i?.type}`)
};

const de_format_notobject1 = /** @type {(inputs: Format_Notobject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet ein JSON-Objekt, erhalten ${i?.type}`)
};

/**
* | output |
* | --- |
* | "expected a JSON object, got {type}" |
*
* @param {Format_Notobject1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_notobject1 = /** @type {((inputs: Format_Notobject1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Notobject1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_notobject1(inputs)
	if (locale === "de") return de_format_notobject1(inputs)
	return en_format_notobject1(inputs)
});
export { format_notobject1 as "format_notObject" }