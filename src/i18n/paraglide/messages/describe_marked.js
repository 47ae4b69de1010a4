/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Describe_MarkedInputs */

const en_describe_marked = /** @type {(inputs: Describe_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.number} is marked for deletion. Nothing is removed yet.`)
};

const es_describe_marked = /** @type {(inputs: Describe_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El mensaje ${i?.number} queda marcado para borrar. Todavía no se elimina nada.`)
};

const de_describe_marked = /** @type {(inputs: Describe_MarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.number} ist zum Löschen markiert. Noch wird nichts entfernt.`)
};

/**
* | output |
* | --- |
* | "Message {number} is marked for deletion. Nothing is removed yet." |
*
* @param {Describe_MarkedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_marked = /** @type {((inputs: Describe_MarkedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_MarkedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_marked(inputs)
	if (locale === "de") return de_describe_marked(inputs)
	return en_describe_marked(inputs)
});