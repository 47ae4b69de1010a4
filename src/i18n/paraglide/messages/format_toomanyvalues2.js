/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown> }} Format_Toomanyvalues2Inputs */

const en_format_toomanyvalues2 = /** @type {(inputs: Format_Toomanyvalues2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`more than ${i?.limit} values; refused`)
};

const es_format_toomanyvalues2 = /** @type {(inputs: Format_Toomanyvalues2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`más de ${i?.limit} valores; rechazado`)
};

const de_format_toomanyvalues2 = /** @type {(inputs: Format_Toomanyvalues2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mehr als ${i?.limit} Werte; abgelehnt`)
};

/**
* | output |
* | --- |
* | "more than {limit} values; refused" |
*
* @param {Format_Toomanyvalues2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanyvalues2 = /** @type {((inputs: Format_Toomanyvalues2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanyvalues2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanyvalues2(inputs)
	if (locale === "de") return de_format_toomanyvalues2(inputs)
	return en_format_toomanyvalues2(inputs)
});
export { format_toomanyvalues2 as "format_tooManyValues" }