/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Notobjectarray2Inputs */

const en_format_notobjectarray2 = /** @type {(inputs: Format_Notobjectarray2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`expected a JSON object, got an array`)
};

const es_format_notobjectarray2 = /** @type {(inputs: Format_Notobjectarray2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se esperaba un objeto JSON, pero llegó un array`)
};

const de_format_notobjectarray2 = /** @type {(inputs: Format_Notobjectarray2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`erwartet ein JSON-Objekt, erhalten ein Array`)
};

/**
* | output |
* | --- |
* | "expected a JSON object, got an array" |
*
* @param {Format_Notobjectarray2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_notobjectarray2 = /** @type {((inputs?: Format_Notobjectarray2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Notobjectarray2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_notobjectarray2(inputs)
	if (locale === "de") return de_format_notobjectarray2(inputs)
	return en_format_notobjectarray2(inputs)
});
export { format_notobjectarray2 as "format_notObjectArray" }