/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logdropped1Inputs */

const en_transcript_logdropped1 = /** @type {(inputs: Transcript_Logdropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- connection dropped --`)
};

const es_transcript_logdropped1 = /** @type {(inputs: Transcript_Logdropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- conexión cortada --`)
};

const de_transcript_logdropped1 = /** @type {(inputs: Transcript_Logdropped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- Verbindung abgebrochen --`)
};

/**
* | output |
* | --- |
* | "-- connection dropped --" |
*
* @param {Transcript_Logdropped1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logdropped1 = /** @type {((inputs?: Transcript_Logdropped1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logdropped1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logdropped1(inputs)
	if (locale === "de") return de_transcript_logdropped1(inputs)
	return en_transcript_logdropped1(inputs)
});
export { transcript_logdropped1 as "transcript_logDropped" }