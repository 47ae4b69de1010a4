/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholerow1Inputs */

const en_predict_wholerow1 = /** @type {(inputs: Predict_Wholerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The whole run`)
};

const es_predict_wholerow1 = /** @type {(inputs: Predict_Wholerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Toda la ejecución`)
};

const de_predict_wholerow1 = /** @type {(inputs: Predict_Wholerow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der ganze Durchlauf`)
};

/**
* | output |
* | --- |
* | "The whole run" |
*
* @param {Predict_Wholerow1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholerow1 = /** @type {((inputs?: Predict_Wholerow1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholerow1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholerow1(inputs)
	if (locale === "de") return de_predict_wholerow1(inputs)
	return en_predict_wholerow1(inputs)
});
export { predict_wholerow1 as "predict_wholeRow" }