/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ dir: NonNullable<unknown>, seconds: NonNullable<unknown> }} Transcript_Logresent1Inputs */

const en_transcript_logresent1 = /** @type {(inputs: Transcript_Logresent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: a lost segment is resent after ${i?.seconds} s (TCP retransmission) --`)
};

const es_transcript_logresent1 = /** @type {(inputs: Transcript_Logresent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: un segmento perdido se reenvía al cabo de ${i?.seconds} s (retransmisión TCP) --`)
};

const de_transcript_logresent1 = /** @type {(inputs: Transcript_Logresent1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: ein verlorenes Segment wird nach ${i?.seconds} s erneut gesendet (TCP-Neuübertragung) --`)
};

/**
* | output |
* | --- |
* | "-- {dir}: a lost segment is resent after {seconds} s (TCP retransmission) --" |
*
* @param {Transcript_Logresent1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logresent1 = /** @type {((inputs: Transcript_Logresent1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logresent1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logresent1(inputs)
	if (locale === "de") return de_transcript_logresent1(inputs)
	return en_transcript_logresent1(inputs)
});
export { transcript_logresent1 as "transcript_logResent" }