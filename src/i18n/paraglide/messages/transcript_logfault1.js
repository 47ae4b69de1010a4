/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, code: NonNullable<unknown> }} Transcript_Logfault1Inputs */

const en_transcript_logfault1 = /** @type {(inputs: Transcript_Logfault1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- fault: ${i?.fault} (${i?.code}) --`)
};

const es_transcript_logfault1 = /** @type {(inputs: Transcript_Logfault1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- fallo: ${i?.fault} (${i?.code}) --`)
};

const de_transcript_logfault1 = /** @type {(inputs: Transcript_Logfault1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- Störung: ${i?.fault} (${i?.code}) --`)
};

/**
* | output |
* | --- |
* | "-- fault: {fault} ({code}) --" |
*
* @param {Transcript_Logfault1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logfault1 = /** @type {((inputs: Transcript_Logfault1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logfault1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logfault1(inputs)
	if (locale === "de") return de_transcript_logfault1(inputs)
	return en_transcript_logfault1(inputs)
});
export { transcript_logfault1 as "transcript_logFault" }