/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ code: NonNullable<unknown>, dir: NonNullable<unknown>, seconds: NonNullable<unknown> }} Transcript_Logsegmentlostcode3Inputs */

const en_transcript_logsegmentlostcode3 = /** @type {(inputs: Transcript_Logsegmentlostcode3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code}, ${i?.dir}, resent after ${i?.seconds} s`)
};

const es_transcript_logsegmentlostcode3 = /** @type {(inputs: Transcript_Logsegmentlostcode3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code}, ${i?.dir}, reenviado al cabo de ${i?.seconds} s`)
};

const de_transcript_logsegmentlostcode3 = /** @type {(inputs: Transcript_Logsegmentlostcode3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.code}, ${i?.dir}, nach ${i?.seconds} s erneut gesendet`)
};

/**
* | output |
* | --- |
* | "{code}, {dir}, resent after {seconds} s" |
*
* @param {Transcript_Logsegmentlostcode3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logsegmentlostcode3 = /** @type {((inputs: Transcript_Logsegmentlostcode3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logsegmentlostcode3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logsegmentlostcode3(inputs)
	if (locale === "de") return de_transcript_logsegmentlostcode3(inputs)
	return en_transcript_logsegmentlostcode3(inputs)
});
export { transcript_logsegmentlostcode3 as "transcript_logSegmentLostCode" }