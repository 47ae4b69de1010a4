/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown> }} Transcript_Logarrives1Inputs */

const en_transcript_logarrives1 = /** @type {(inputs: Transcript_Logarrives1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- new mail arrives in the maildrop (UID ${i?.uid}) --`)
};

const es_transcript_logarrives1 = /** @type {(inputs: Transcript_Logarrives1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- llega correo nuevo al buzón (UID ${i?.uid}) --`)
};

const de_transcript_logarrives1 = /** @type {(inputs: Transcript_Logarrives1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- neue Mail kommt im Postfach an (UID ${i?.uid}) --`)
};

/**
* | output |
* | --- |
* | "-- new mail arrives in the maildrop (UID {uid}) --" |
*
* @param {Transcript_Logarrives1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logarrives1 = /** @type {((inputs: Transcript_Logarrives1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logarrives1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logarrives1(inputs)
	if (locale === "de") return de_transcript_logarrives1(inputs)
	return en_transcript_logarrives1(inputs)
});
export { transcript_logarrives1 as "transcript_logArrives" }