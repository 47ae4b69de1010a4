/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logservertoclient3Inputs */

const en_transcript_logservertoclient3 = /** @type {(inputs: Transcript_Logservertoclient3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`server → client`)
};

const es_transcript_logservertoclient3 = /** @type {(inputs: Transcript_Logservertoclient3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`servidor → cliente`)
};

const de_transcript_logservertoclient3 = /** @type {(inputs: Transcript_Logservertoclient3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server → Client`)
};

/**
* | output |
* | --- |
* | "server → client" |
*
* @param {Transcript_Logservertoclient3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logservertoclient3 = /** @type {((inputs?: Transcript_Logservertoclient3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logservertoclient3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logservertoclient3(inputs)
	if (locale === "de") return de_transcript_logservertoclient3(inputs)
	return en_transcript_logservertoclient3(inputs)
});
export { transcript_logservertoclient3 as "transcript_logServerToClient" }