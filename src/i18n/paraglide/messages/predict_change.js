/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_ChangeInputs */

const en_predict_change = /** @type {(inputs: Predict_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change my prediction`)
};

const es_predict_change = /** @type {(inputs: Predict_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambiar mi predicción`)
};

const de_predict_change = /** @type {(inputs: Predict_ChangeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vorhersage ändern`)
};

/**
* | output |
* | --- |
* | "Change my prediction" |
*
* @param {Predict_ChangeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_change = /** @type {((inputs?: Predict_ChangeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_ChangeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_change(inputs)
	if (locale === "de") return de_predict_change(inputs)
	return en_predict_change(inputs)
});