/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_TranscriptInputs */

const en_export_transcript = /** @type {(inputs: Export_TranscriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export transcript`)
};

const es_export_transcript = /** @type {(inputs: Export_TranscriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exportar la transcripción`)
};

const de_export_transcript = /** @type {(inputs: Export_TranscriptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Protokoll exportieren`)
};

/**
* | output |
* | --- |
* | "Export transcript" |
*
* @param {Export_TranscriptInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const export_transcript = /** @type {((inputs?: Export_TranscriptInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_TranscriptInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_export_transcript(inputs)
	if (locale === "de") return de_export_transcript(inputs)
	return en_export_transcript(inputs)
});