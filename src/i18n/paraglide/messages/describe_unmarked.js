/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Describe_UnmarkedInputs */

const en_describe_unmarked = /** @type {(inputs: Describe_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.number} is no longer marked.`)
};

const es_describe_unmarked = /** @type {(inputs: Describe_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El mensaje ${i?.number} ya no está marcado.`)
};

const de_describe_unmarked = /** @type {(inputs: Describe_UnmarkedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.number} ist nicht mehr markiert.`)
};

/**
* | output |
* | --- |
* | "Message {number} is no longer marked." |
*
* @param {Describe_UnmarkedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_unmarked = /** @type {((inputs: Describe_UnmarkedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_UnmarkedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_unmarked(inputs)
	if (locale === "de") return de_describe_unmarked(inputs)
	return en_describe_unmarked(inputs)
});