/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Transcript_Logsession1Inputs */

const en_transcript_logsession1 = /** @type {(inputs: Transcript_Logsession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- session ${i?.n} --`)
};

const es_transcript_logsession1 = /** @type {(inputs: Transcript_Logsession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- sesión ${i?.n} --`)
};

const de_transcript_logsession1 = /** @type {(inputs: Transcript_Logsession1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- Sitzung ${i?.n} --`)
};

/**
* | output |
* | --- |
* | "-- session {n} --" |
*
* @param {Transcript_Logsession1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logsession1 = /** @type {((inputs: Transcript_Logsession1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logsession1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logsession1(inputs)
	if (locale === "de") return de_transcript_logsession1(inputs)
	return en_transcript_logsession1(inputs)
});
export { transcript_logsession1 as "transcript_logSession" }