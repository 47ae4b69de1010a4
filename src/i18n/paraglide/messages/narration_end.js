/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_EndInputs */

const en_narration_end = /** @type {(inputs: Narration_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The run is over. Read the Outcome.`)
};

const es_narration_end = /** @type {(inputs: Narration_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La ejecución ha terminado. Lee el Resultado.`)
};

const de_narration_end = /** @type {(inputs: Narration_EndInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Durchlauf ist vorbei. Lies das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "The run is over. Read the Outcome." |
*
* @param {Narration_EndInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_end = /** @type {((inputs?: Narration_EndInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_EndInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_end(inputs)
	if (locale === "de") return de_narration_end(inputs)
	return en_narration_end(inputs)
});