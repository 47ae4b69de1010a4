/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ dir: NonNullable<unknown>, n: NonNullable<unknown> }} Transcript_Logmoreoctetsneverarrive4Inputs */

const en_transcript_logmoreoctetsneverarrive4 = /** @type {(inputs: Transcript_Logmoreoctetsneverarrive4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: ${i?.n} more octets never arrive --`)
};

const es_transcript_logmoreoctetsneverarrive4 = /** @type {(inputs: Transcript_Logmoreoctetsneverarrive4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: otros ${i?.n} octetos nunca llegan --`)
};

const de_transcript_logmoreoctetsneverarrive4 = /** @type {(inputs: Transcript_Logmoreoctetsneverarrive4Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`-- ${i?.dir}: weitere ${i?.n} Oktette kommen nie an --`)
};

/**
* | output |
* | --- |
* | "-- {dir}: {n} more octets never arrive --" |
*
* @param {Transcript_Logmoreoctetsneverarrive4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logmoreoctetsneverarrive4 = /** @type {((inputs: Transcript_Logmoreoctetsneverarrive4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logmoreoctetsneverarrive4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logmoreoctetsneverarrive4(inputs)
	if (locale === "de") return de_transcript_logmoreoctetsneverarrive4(inputs)
	return en_transcript_logmoreoctetsneverarrive4(inputs)
});
export { transcript_logmoreoctetsneverarrive4 as "transcript_logMoreOctetsNeverArrive" }