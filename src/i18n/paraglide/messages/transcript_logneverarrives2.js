/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logneverarrives2Inputs */

const en_transcript_logneverarrives2 = /** @type {(inputs: Transcript_Logneverarrives2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`never arrives`)
};

const es_transcript_logneverarrives2 = /** @type {(inputs: Transcript_Logneverarrives2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nunca llega`)
};

const de_transcript_logneverarrives2 = /** @type {(inputs: Transcript_Logneverarrives2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kommt nie an`)
};

/**
* | output |
* | --- |
* | "never arrives" |
*
* @param {Transcript_Logneverarrives2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logneverarrives2 = /** @type {((inputs?: Transcript_Logneverarrives2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logneverarrives2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logneverarrives2(inputs)
	if (locale === "de") return de_transcript_logneverarrives2(inputs)
	return en_transcript_logneverarrives2(inputs)
});
export { transcript_logneverarrives2 as "transcript_logNeverArrives" }