/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logclosed1Inputs */

const en_transcript_logclosed1 = /** @type {(inputs: Transcript_Logclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- connection closed --`)
};

const es_transcript_logclosed1 = /** @type {(inputs: Transcript_Logclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- conexión cerrada --`)
};

const de_transcript_logclosed1 = /** @type {(inputs: Transcript_Logclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- Verbindung geschlossen --`)
};

/**
* | output |
* | --- |
* | "-- connection closed --" |
*
* @param {Transcript_Logclosed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logclosed1 = /** @type {((inputs?: Transcript_Logclosed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logclosed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logclosed1(inputs)
	if (locale === "de") return de_transcript_logclosed1(inputs)
	return en_transcript_logclosed1(inputs)
});
export { transcript_logclosed1 as "transcript_logClosed" }