/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logserverclosedaborted3Inputs */

const en_transcript_logserverclosedaborted3 = /** @type {(inputs: Transcript_Logserverclosedaborted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- server closed the session (aborted) --`)
};

const es_transcript_logserverclosedaborted3 = /** @type {(inputs: Transcript_Logserverclosedaborted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- el servidor cerró la sesión (interrumpida) --`)
};

const de_transcript_logserverclosedaborted3 = /** @type {(inputs: Transcript_Logserverclosedaborted3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- der Server hat die Sitzung beendet (abgebrochen) --`)
};

/**
* | output |
* | --- |
* | "-- server closed the session (aborted) --" |
*
* @param {Transcript_Logserverclosedaborted3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logserverclosedaborted3 = /** @type {((inputs?: Transcript_Logserverclosedaborted3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logserverclosedaborted3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logserverclosedaborted3(inputs)
	if (locale === "de") return de_transcript_logserverclosedaborted3(inputs)
	return en_transcript_logserverclosedaborted3(inputs)
});
export { transcript_logserverclosedaborted3 as "transcript_logServerClosedAborted" }