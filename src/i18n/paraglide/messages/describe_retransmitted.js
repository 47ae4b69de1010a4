/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ seconds: NonNullable<unknown> }} Describe_RetransmittedInputs */

const en_describe_retransmitted = /** @type {(inputs: Describe_RetransmittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TCP resends a lost segment; it arrives ${i?.seconds} s late.`)
};

const es_describe_retransmitted = /** @type {(inputs: Describe_RetransmittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TCP reenvía un segmento perdido; llega ${i?.seconds} s tarde.`)
};

const de_describe_retransmitted = /** @type {(inputs: Describe_RetransmittedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`TCP sendet ein verlorenes Segment neu; es kommt ${i?.seconds} s zu spät an.`)
};

/**
* | output |
* | --- |
* | "TCP resends a lost segment; it arrives {seconds} s late." |
*
* @param {Describe_RetransmittedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_retransmitted = /** @type {((inputs: Describe_RetransmittedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_RetransmittedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_retransmitted(inputs)
	if (locale === "de") return de_describe_retransmitted(inputs)
	return en_describe_retransmitted(inputs)
});