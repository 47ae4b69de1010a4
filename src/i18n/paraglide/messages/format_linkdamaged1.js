/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} Format_Linkdamaged1Inputs */

const en_format_linkdamaged1 = /** @type {(inputs: Format_Linkdamaged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the link's compressed data is damaged (${i?.detail})`)
};

const es_format_linkdamaged1 = /** @type {(inputs: Format_Linkdamaged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`los datos comprimidos del enlace están dañados (${i?.detail})`)
};

const de_format_linkdamaged1 = /** @type {(inputs: Format_Linkdamaged1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`die komprimierten Daten des Links sind beschädigt (${i?.detail})`)
};

/**
* | output |
* | --- |
* | "the link's compressed data is damaged ({detail})" |
*
* @param {Format_Linkdamaged1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linkdamaged1 = /** @type {((inputs: Format_Linkdamaged1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linkdamaged1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linkdamaged1(inputs)
	if (locale === "de") return de_format_linkdamaged1(inputs)
	return en_format_linkdamaged1(inputs)
});
export { format_linkdamaged1 as "format_linkDamaged" }