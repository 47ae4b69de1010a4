/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_TitleInputs */

const en_transcript_title = /** @type {(inputs: Transcript_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transcript`)
};

const es_transcript_title = /** @type {(inputs: Transcript_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Transcripción`)
};

const de_transcript_title = /** @type {(inputs: Transcript_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokoll`)
};

/**
* | output |
* | --- |
* | "Transcript" |
*
* @param {Transcript_TitleInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const transcript_title = /** @type {((inputs?: Transcript_TitleInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_TitleInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_title(inputs)
	if (locale === "de") return de_transcript_title(inputs)
	return en_transcript_title(inputs)
});