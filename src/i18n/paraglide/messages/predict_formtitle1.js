/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Formtitle1Inputs */

const en_predict_formtitle1 = /** @type {(inputs: Predict_Formtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before you play: what will happen to each message?`)
};

const es_predict_formtitle1 = /** @type {(inputs: Predict_Formtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antes de reproducir: ¿qué le pasará a cada mensaje?`)
};

const de_predict_formtitle1 = /** @type {(inputs: Predict_Formtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vor dem Abspielen: Was passiert mit jeder Nachricht?`)
};

/**
* | output |
* | --- |
* | "Before you play: what will happen to each message?" |
*
* @param {Predict_Formtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_formtitle1 = /** @type {((inputs?: Predict_Formtitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Formtitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_formtitle1(inputs)
	if (locale === "de") return de_predict_formtitle1(inputs)
	return en_predict_formtitle1(inputs)
});
export { predict_formtitle1 as "predict_formTitle" }