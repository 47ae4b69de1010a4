/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_GapInputs */

const en_predict_gap = /** @type {(inputs: Predict_GapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gap (a device never got it)`)
};

const es_predict_gap = /** @type {(inputs: Predict_GapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hueco (un dispositivo nunca lo recibió)`)
};

const de_predict_gap = /** @type {(inputs: Predict_GapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke (ein Gerät hat sie nie bekommen)`)
};

/**
* | output |
* | --- |
* | "Gap (a device never got it)" |
*
* @param {Predict_GapInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_gap = /** @type {((inputs?: Predict_GapInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_GapInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_gap(inputs)
	if (locale === "de") return de_predict_gap(inputs)
	return en_predict_gap(inputs)
});