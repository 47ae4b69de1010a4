/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Lognolineend3Inputs */

const en_transcript_lognolineend3 = /** @type {(inputs: Transcript_Lognolineend3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no line end`)
};

const es_transcript_lognolineend3 = /** @type {(inputs: Transcript_Lognolineend3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin fin de línea`)
};

const de_transcript_lognolineend3 = /** @type {(inputs: Transcript_Lognolineend3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Zeilenende`)
};

/**
* | output |
* | --- |
* | "no line end" |
*
* @param {Transcript_Lognolineend3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_lognolineend3 = /** @type {((inputs?: Transcript_Lognolineend3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Lognolineend3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_lognolineend3(inputs)
	if (locale === "de") return de_transcript_lognolineend3(inputs)
	return en_transcript_lognolineend3(inputs)
});
export { transcript_lognolineend3 as "transcript_logNoLineEnd" }