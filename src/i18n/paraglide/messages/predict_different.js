/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_DifferentInputs */

const en_predict_different = /** @type {(inputs: Predict_DifferentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`different`)
};

const es_predict_different = /** @type {(inputs: Predict_DifferentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`distinto`)
};

const de_predict_different = /** @type {(inputs: Predict_DifferentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`anders`)
};

/**
* | output |
* | --- |
* | "different" |
*
* @param {Predict_DifferentInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_different = /** @type {((inputs?: Predict_DifferentInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_DifferentInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_different(inputs)
	if (locale === "de") return de_predict_different(inputs)
	return en_predict_different(inputs)
});