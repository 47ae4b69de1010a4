/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Colpredicted1Inputs */

const en_predict_colpredicted1 = /** @type {(inputs: Predict_Colpredicted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You predicted`)
};

const es_predict_colpredicted1 = /** @type {(inputs: Predict_Colpredicted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu predicción`)
};

const de_predict_colpredicted1 = /** @type {(inputs: Predict_Colpredicted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deine Vorhersage`)
};

/**
* | output |
* | --- |
* | "You predicted" |
*
* @param {Predict_Colpredicted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_colpredicted1 = /** @type {((inputs?: Predict_Colpredicted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Colpredicted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_colpredicted1(inputs)
	if (locale === "de") return de_predict_colpredicted1(inputs)
	return en_predict_colpredicted1(inputs)
});
export { predict_colpredicted1 as "predict_colPredicted" }