/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_TabInputs */

const en_transcript_tab = /** @type {(inputs: Transcript_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transcript`)
};

const es_transcript_tab = /** @type {(inputs: Transcript_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transcripción`)
};

const de_transcript_tab = /** @type {(inputs: Transcript_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokoll`)
};

/**
* | output |
* | --- |
* | "Transcript" |
*
* @param {Transcript_TabInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const transcript_tab = /** @type {((inputs?: Transcript_TabInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_TabInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_tab(inputs)
	if (locale === "de") return de_transcript_tab(inputs)
	return en_transcript_tab(inputs)
});