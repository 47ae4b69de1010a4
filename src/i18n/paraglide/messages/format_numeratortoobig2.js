/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Numeratortoobig2Inputs */

const en_format_numeratortoobig2 = /** @type {(inputs: Format_Numeratortoobig2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numerator must not exceed denominator`)
};

const es_format_numeratortoobig2 = /** @type {(inputs: Format_Numeratortoobig2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numerator no puede ser mayor que denominator`)
};

const de_format_numeratortoobig2 = /** @type {(inputs: Format_Numeratortoobig2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`numerator darf nicht größer als denominator sein`)
};

/**
* | output |
* | --- |
* | "numerator must not exceed denominator" |
*
* @param {Format_Numeratortoobig2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_numeratortoobig2 = /** @type {((inputs?: Format_Numeratortoobig2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Numeratortoobig2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_numeratortoobig2(inputs)
	if (locale === "de") return de_format_numeratortoobig2(inputs)
	return en_format_numeratortoobig2(inputs)
});
export { format_numeratortoobig2 as "format_numeratorTooBig" }