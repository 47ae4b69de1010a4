/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Linknottext2Inputs */

const en_format_linknottext2 = /** @type {(inputs: Format_Linknottext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`expected text`)
};

const es_format_linknottext2 = /** @type {(inputs: Format_Linknottext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se esperaba texto`)
};

const de_format_linknottext2 = /** @type {(inputs: Format_Linknottext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text erwartet`)
};

/**
* | output |
* | --- |
* | "expected text" |
*
* @param {Format_Linknottext2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linknottext2 = /** @type {((inputs?: Format_Linknottext2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linknottext2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linknottext2(inputs)
	if (locale === "de") return de_format_linknottext2(inputs)
	return en_format_linknottext2(inputs)
});
export { format_linknottext2 as "format_linkNotText" }