/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Linkcutshort2Inputs */

const en_format_linkcutshort2 = /** @type {(inputs: Format_Linkcutshort2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the link is cut short (impossible base64url length)`)
};

const es_format_linkcutshort2 = /** @type {(inputs: Format_Linkcutshort2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el enlace está cortado (longitud base64url imposible)`)
};

const de_format_linkcutshort2 = /** @type {(inputs: Format_Linkcutshort2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`der Link ist abgeschnitten (unmögliche base64url-Länge)`)
};

/**
* | output |
* | --- |
* | "the link is cut short (impossible base64url length)" |
*
* @param {Format_Linkcutshort2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linkcutshort2 = /** @type {((inputs?: Format_Linkcutshort2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linkcutshort2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linkcutshort2(inputs)
	if (locale === "de") return de_format_linkcutshort2(inputs)
	return en_format_linkcutshort2(inputs)
});
export { format_linkcutshort2 as "format_linkCutShort" }