/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown> }} Format_Linktoobig2Inputs */

const en_format_linktoobig2 = /** @type {(inputs: Format_Linktoobig2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`the link inflates to more than ${i?.limit} octets; refused`)
};

const es_format_linktoobig2 = /** @type {(inputs: Format_Linktoobig2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`el enlace se descomprime a más de ${i?.limit} octetos; rechazado`)
};

const de_format_linktoobig2 = /** @type {(inputs: Format_Linktoobig2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`der Link entpackt sich zu mehr als ${i?.limit} Oktetten; abgelehnt`)
};

/**
* | output |
* | --- |
* | "the link inflates to more than {limit} octets; refused" |
*
* @param {Format_Linktoobig2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linktoobig2 = /** @type {((inputs: Format_Linktoobig2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linktoobig2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linktoobig2(inputs)
	if (locale === "de") return de_format_linktoobig2(inputs)
	return en_format_linktoobig2(inputs)
});
export { format_linktoobig2 as "format_linkTooBig" }