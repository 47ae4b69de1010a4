/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Revealtitle1Inputs */

const en_predict_revealtitle1 = /** @type {(inputs: Predict_Revealtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your prediction beside what happened`)
};

const es_predict_revealtitle1 = /** @type {(inputs: Predict_Revealtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tu predicción junto a lo que pasó`)
};

const de_predict_revealtitle1 = /** @type {(inputs: Predict_Revealtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deine Vorhersage neben dem, was passiert ist`)
};

/**
* | output |
* | --- |
* | "Your prediction beside what happened" |
*
* @param {Predict_Revealtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_revealtitle1 = /** @type {((inputs?: Predict_Revealtitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Revealtitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_revealtitle1(inputs)
	if (locale === "de") return de_predict_revealtitle1(inputs)
	return en_predict_revealtitle1(inputs)
});
export { predict_revealtitle1 as "predict_revealTitle" }