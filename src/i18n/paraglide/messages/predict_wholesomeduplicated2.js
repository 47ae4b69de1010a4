/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholesomeduplicated2Inputs */

const en_predict_wholesomeduplicated2 = /** @type {(inputs: Predict_Wholesomeduplicated2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some messages duplicated`)
};

const es_predict_wholesomeduplicated2 = /** @type {(inputs: Predict_Wholesomeduplicated2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Algunos mensajes duplicados`)
};

const de_predict_wholesomeduplicated2 = /** @type {(inputs: Predict_Wholesomeduplicated2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einige Nachrichten doppelt`)
};

/**
* | output |
* | --- |
* | "Some messages duplicated" |
*
* @param {Predict_Wholesomeduplicated2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholesomeduplicated2 = /** @type {((inputs?: Predict_Wholesomeduplicated2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholesomeduplicated2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholesomeduplicated2(inputs)
	if (locale === "de") return de_predict_wholesomeduplicated2(inputs)
	return en_predict_wholesomeduplicated2(inputs)
});
export { predict_wholesomeduplicated2 as "predict_wholeSomeDuplicated" }