/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ d: NonNullable<unknown>, dup: NonNullable<unknown>, lost: NonNullable<unknown>, gap: NonNullable<unknown> }} Presenter_CountsInputs */

const en_presenter_counts = /** @type {(inputs: Presenter_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delivered: ${i?.d}, Duplicated: ${i?.dup}, Lost: ${i?.lost}, Gap: ${i?.gap}`)
};

const es_presenter_counts = /** @type {(inputs: Presenter_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Entregados: ${i?.d}, Duplicados: ${i?.dup}, Perdidos: ${i?.lost}, Huecos: ${i?.gap}`)
};

const de_presenter_counts = /** @type {(inputs: Presenter_CountsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zugestellt: ${i?.d}, Doppelt: ${i?.dup}, Verloren: ${i?.lost}, Lücken: ${i?.gap}`)
};

/**
* | output |
* | --- |
* | "Delivered: {d}, Duplicated: {dup}, Lost: {lost}, Gap: {gap}" |
*
* @param {Presenter_CountsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_counts = /** @type {((inputs: Presenter_CountsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_CountsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_counts(inputs)
	if (locale === "de") return de_presenter_counts(inputs)
	return en_presenter_counts(inputs)
});