/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ dir: NonNullable<unknown>, n: NonNullable<unknown> }} Transcript_Logoctetsneverarrive3Inputs */

const en_transcript_logoctetsneverarrive3 = /** @type {(inputs: Transcript_Logoctetsneverarrive3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: ${i?.n} octets never arrive --`)
};

const es_transcript_logoctetsneverarrive3 = /** @type {(inputs: Transcript_Logoctetsneverarrive3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: ${i?.n} octetos nunca llegan --`)
};

const de_transcript_logoctetsneverarrive3 = /** @type {(inputs: Transcript_Logoctetsneverarrive3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: ${i?.n} Oktette kommen nie an --`)
};

/**
* | output |
* | --- |
* | "-- {dir}: {n} octets never arrive --" |
*
* @param {Transcript_Logoctetsneverarrive3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logoctetsneverarrive3 = /** @type {((inputs: Transcript_Logoctetsneverarrive3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logoctetsneverarrive3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logoctetsneverarrive3(inputs)
	if (locale === "de") return de_transcript_logoctetsneverarrive3(inputs)
	return en_transcript_logoctetsneverarrive3(inputs)
});
export { transcript_logoctetsneverarrive3 as "transcript_logOctetsNeverArrive" }