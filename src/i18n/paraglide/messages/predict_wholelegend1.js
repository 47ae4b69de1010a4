/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholelegend1Inputs */

const en_predict_wholelegend1 = /** @type {(inputs: Predict_Wholelegend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The whole run, in one choice`)
};

const es_predict_wholelegend1 = /** @type {(inputs: Predict_Wholelegend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Toda la ejecución, en una sola respuesta`)
};

const de_predict_wholelegend1 = /** @type {(inputs: Predict_Wholelegend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der ganze Durchlauf, mit einer Wahl`)
};

/**
* | output |
* | --- |
* | "The whole run, in one choice" |
*
* @param {Predict_Wholelegend1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholelegend1 = /** @type {((inputs?: Predict_Wholelegend1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholelegend1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholelegend1(inputs)
	if (locale === "de") return de_predict_wholelegend1(inputs)
	return en_predict_wholelegend1(inputs)
});
export { predict_wholelegend1 as "predict_wholeLegend" }