/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_EmptyInputs */

const en_narration_empty = /** @type {(inputs: Narration_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing has been sent yet.`)
};

const es_narration_empty = /** @type {(inputs: Narration_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no se ha enviado nada.`)
};

const de_narration_empty = /** @type {(inputs: Narration_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es wurde noch nichts gesendet.`)
};

/**
* | output |
* | --- |
* | "Nothing has been sent yet." |
*
* @param {Narration_EmptyInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_empty = /** @type {((inputs?: Narration_EmptyInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_EmptyInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_empty(inputs)
	if (locale === "de") return de_narration_empty(inputs)
	return en_narration_empty(inputs)
});