/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_LostInputs */

const en_predict_lost = /** @type {(inputs: Predict_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost`)
};

const es_predict_lost = /** @type {(inputs: Predict_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Perdido`)
};

const de_predict_lost = /** @type {(inputs: Predict_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verloren`)
};

/**
* | output |
* | --- |
* | "Lost" |
*
* @param {Predict_LostInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_lost = /** @type {((inputs?: Predict_LostInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_LostInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_lost(inputs)
	if (locale === "de") return de_predict_lost(inputs)
	return en_predict_lost(inputs)
});