/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_SameInputs */

const en_predict_same = /** @type {(inputs: Predict_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`as predicted`)
};

const es_predict_same = /** @type {(inputs: Predict_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`como predijiste`)
};

const de_predict_same = /** @type {(inputs: Predict_SameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`wie vorhergesagt`)
};

/**
* | output |
* | --- |
* | "as predicted" |
*
* @param {Predict_SameInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_same = /** @type {((inputs?: Predict_SameInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_SameInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_same(inputs)
	if (locale === "de") return de_predict_same(inputs)
	return en_predict_same(inputs)
});