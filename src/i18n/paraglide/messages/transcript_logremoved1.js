/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown>, reason: NonNullable<unknown> }} Transcript_Logremoved1Inputs */

const en_transcript_logremoved1 = /** @type {(inputs: Transcript_Logremoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- server removed ${i?.uid} (${i?.reason}) --`)
};

const es_transcript_logremoved1 = /** @type {(inputs: Transcript_Logremoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- el servidor eliminó ${i?.uid} (${i?.reason}) --`)
};

const de_transcript_logremoved1 = /** @type {(inputs: Transcript_Logremoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- der Server hat ${i?.uid} entfernt (${i?.reason}) --`)
};

/**
* | output |
* | --- |
* | "-- server removed {uid} ({reason}) --" |
*
* @param {Transcript_Logremoved1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logremoved1 = /** @type {((inputs: Transcript_Logremoved1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logremoved1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logremoved1(inputs)
	if (locale === "de") return de_transcript_logremoved1(inputs)
	return en_transcript_logremoved1(inputs)
});
export { transcript_logremoved1 as "transcript_logRemoved" }