/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logrefused1Inputs */

const en_transcript_logrefused1 = /** @type {(inputs: Transcript_Logrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- connection refused: the server is down --`)
};

const es_transcript_logrefused1 = /** @type {(inputs: Transcript_Logrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- conexión rechazada: el servidor está caído --`)
};

const de_transcript_logrefused1 = /** @type {(inputs: Transcript_Logrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- Verbindung abgelehnt: der Server ist ausgefallen --`)
};

/**
* | output |
* | --- |
* | "-- connection refused: the server is down --" |
*
* @param {Transcript_Logrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logrefused1 = /** @type {((inputs?: Transcript_Logrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logrefused1(inputs)
	if (locale === "de") return de_transcript_logrefused1(inputs)
	return en_transcript_logrefused1(inputs)
});
export { transcript_logrefused1 as "transcript_logRefused" }