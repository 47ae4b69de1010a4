/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ summary: NonNullable<unknown> }} Predict_SavedInputs */

const en_predict_saved = /** @type {(inputs: Predict_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your prediction: ${i?.summary}.`)
};

const es_predict_saved = /** @type {(inputs: Predict_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Tu predicción: ${i?.summary}.`)
};

const de_predict_saved = /** @type {(inputs: Predict_SavedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Deine Vorhersage: ${i?.summary}.`)
};

/**
* | output |
* | --- |
* | "Your prediction: {summary}." |
*
* @param {Predict_SavedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_saved = /** @type {((inputs: Predict_SavedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_SavedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_saved(inputs)
	if (locale === "de") return de_predict_saved(inputs)
	return en_predict_saved(inputs)
});