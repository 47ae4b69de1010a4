/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Narration_UnmarkedInputs */

const en_narration_unmarked = /** @type {(inputs: Narration_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.number} is no longer marked for deletion.`)
};

const es_narration_unmarked = /** @type {(inputs: Narration_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El mensaje ${i?.number} ya no está marcado para borrar.`)
};

const de_narration_unmarked = /** @type {(inputs: Narration_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.number} ist nicht mehr zum Löschen markiert.`)
};

/**
* | output |
* | --- |
* | "Message {number} is no longer marked for deletion." |
*
* @param {Narration_UnmarkedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_unmarked = /** @type {((inputs: Narration_UnmarkedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_UnmarkedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_unmarked(inputs)
	if (locale === "de") return de_narration_unmarked(inputs)
	return en_narration_unmarked(inputs)
});