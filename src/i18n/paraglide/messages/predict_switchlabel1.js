/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Switchlabel1Inputs */

const en_predict_switchlabel1 = /** @type {(inputs: Predict_Switchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict first`)
};

const es_predict_switchlabel1 = /** @type {(inputs: Predict_Switchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predecir primero`)
};

const de_predict_switchlabel1 = /** @type {(inputs: Predict_Switchlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erst vorhersagen`)
};

/**
* | output |
* | --- |
* | "Predict first" |
*
* @param {Predict_Switchlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_switchlabel1 = /** @type {((inputs?: Predict_Switchlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Switchlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_switchlabel1(inputs)
	if (locale === "de") return de_predict_switchlabel1(inputs)
	return en_predict_switchlabel1(inputs)
});
export { predict_switchlabel1 as "predict_switchLabel" }