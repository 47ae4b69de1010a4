/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ d: NonNullable<unknown>, dup: NonNullable<unknown>, lost: NonNullable<unknown>, gap: NonNullable<unknown> }} Compare_CountsInputs */

const en_compare_counts = /** @type {(inputs: Compare_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delivered: ${i?.d}, Duplicated: ${i?.dup}, Lost: ${i?.lost}, Gap: ${i?.gap}`)
};

const es_compare_counts = /** @type {(inputs: Compare_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Entregados: ${i?.d}, Duplicados: ${i?.dup}, Perdidos: ${i?.lost}, Huecos: ${i?.gap}`)
};

const de_compare_counts = /** @type {(inputs: Compare_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zugestellt: ${i?.d}, Doppelt: ${i?.dup}, Verloren: ${i?.lost}, Lücken: ${i?.gap}`)
};

/**
* | output |
* | --- |
* | "Delivered: {d}, Duplicated: {dup}, Lost: {lost}, Gap: {gap}" |
*
* @param {Compare_CountsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_counts = /** @type {((inputs: Compare_CountsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_CountsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_counts(inputs)
	if (locale === "de") return de_compare_counts(inputs)
	return en_compare_counts(inputs)
});