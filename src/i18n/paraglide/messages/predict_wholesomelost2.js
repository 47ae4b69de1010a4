/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholesomelost2Inputs */

const en_predict_wholesomelost2 = /** @type {(inputs: Predict_Wholesomelost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some messages lost`)
};

const es_predict_wholesomelost2 = /** @type {(inputs: Predict_Wholesomelost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunos mensajes perdidos`)
};

const de_predict_wholesomelost2 = /** @type {(inputs: Predict_Wholesomelost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einige Nachrichten verloren`)
};

/**
* | output |
* | --- |
* | "Some messages lost" |
*
* @param {Predict_Wholesomelost2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholesomelost2 = /** @type {((inputs?: Predict_Wholesomelost2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholesomelost2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholesomelost2(inputs)
	if (locale === "de") return de_predict_wholesomelost2(inputs)
	return en_predict_wholesomelost2(inputs)
});
export { predict_wholesomelost2 as "predict_wholeSomeLost" }