/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_EmptyInputs */

const en_transcript_empty = /** @type {(inputs: Transcript_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing has been said yet.`)
};

const es_transcript_empty = /** @type {(inputs: Transcript_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no se ha dicho nada.`)
};

const de_transcript_empty = /** @type {(inputs: Transcript_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bisher wurde nichts gesagt.`)
};

/**
* | output |
* | --- |
* | "Nothing has been said yet." |
*
* @param {Transcript_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const transcript_empty = /** @type {((inputs?: Transcript_EmptyInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_EmptyInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_empty(inputs)
	if (locale === "de") return de_transcript_empty(inputs)
	return en_transcript_empty(inputs)
});