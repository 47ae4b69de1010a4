/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logserverback2Inputs */

const en_transcript_logserverback2 = /** @type {(inputs: Transcript_Logserverback2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- the server is back up --`)
};

const es_transcript_logserverback2 = /** @type {(inputs: Transcript_Logserverback2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- el servidor vuelve a funcionar --`)
};

const de_transcript_logserverback2 = /** @type {(inputs: Transcript_Logserverback2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- der Server läuft wieder --`)
};

/**
* | output |
* | --- |
* | "-- the server is back up --" |
*
* @param {Transcript_Logserverback2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logserverback2 = /** @type {((inputs?: Transcript_Logserverback2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logserverback2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logserverback2(inputs)
	if (locale === "de") return de_transcript_logserverback2(inputs)
	return en_transcript_logserverback2(inputs)
});
export { transcript_logserverback2 as "transcript_logServerBack" }