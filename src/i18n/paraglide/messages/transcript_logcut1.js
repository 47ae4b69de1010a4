/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logcut1Inputs */

const en_transcript_logcut1 = /** @type {(inputs: Transcript_Logcut1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cut`)
};

const es_transcript_logcut1 = /** @type {(inputs: Transcript_Logcut1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cortada`)
};

const de_transcript_logcut1 = /** @type {(inputs: Transcript_Logcut1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`abgeschnitten`)
};

/**
* | output |
* | --- |
* | "cut" |
*
* @param {Transcript_Logcut1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logcut1 = /** @type {((inputs?: Transcript_Logcut1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logcut1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logcut1(inputs)
	if (locale === "de") return de_transcript_logcut1(inputs)
	return en_transcript_logcut1(inputs)
});
export { transcript_logcut1 as "transcript_logCut" }