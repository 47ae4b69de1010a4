/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Narration_MarkedInputs */

const en_narration_marked = /** @type {(inputs: Narration_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.number} is marked for deletion. Nothing is removed yet.`)
};

const es_narration_marked = /** @type {(inputs: Narration_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El mensaje ${i?.number} queda marcado para borrar. Todavía no se elimina nada.`)
};

const de_narration_marked = /** @type {(inputs: Narration_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.number} ist zum Löschen markiert. Noch wird nichts entfernt.`)
};

/**
* | output |
* | --- |
* | "Message {number} is marked for deletion. Nothing is removed yet." |
*
* @param {Narration_MarkedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const narration_marked = /** @type {((inputs: Narration_MarkedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_MarkedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_marked(inputs)
	if (locale === "de") return de_narration_marked(inputs)
	return en_narration_marked(inputs)
});