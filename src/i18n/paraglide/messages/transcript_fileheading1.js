/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Transcript_Fileheading1Inputs */

const en_transcript_fileheading1 = /** @type {(inputs: Transcript_Fileheading1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`# POP Lab transcript: ${i?.title}`)
};

const es_transcript_fileheading1 = /** @type {(inputs: Transcript_Fileheading1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`# Transcripción de POP Lab: ${i?.title}`)
};

const de_transcript_fileheading1 = /** @type {(inputs: Transcript_Fileheading1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`# POP-Lab-Protokoll: ${i?.title}`)
};

/**
* | output |
* | --- |
* | "# POP Lab transcript: {title}" |
*
* @param {Transcript_Fileheading1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_fileheading1 = /** @type {((inputs: Transcript_Fileheading1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Fileheading1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_fileheading1(inputs)
	if (locale === "de") return de_transcript_fileheading1(inputs)
	return en_transcript_fileheading1(inputs)
});
export { transcript_fileheading1 as "transcript_fileHeading" }