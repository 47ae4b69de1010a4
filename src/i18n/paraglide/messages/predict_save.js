/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_SaveInputs */

const en_predict_save = /** @type {(inputs: Predict_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save my prediction`)
};

const es_predict_save = /** @type {(inputs: Predict_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardar mi predicción`)
};

const de_predict_save = /** @type {(inputs: Predict_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorhersage speichern`)
};

/**
* | output |
* | --- |
* | "Save my prediction" |
*
* @param {Predict_SaveInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_save = /** @type {((inputs?: Predict_SaveInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_SaveInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_save(inputs)
	if (locale === "de") return de_predict_save(inputs)
	return en_predict_save(inputs)
});