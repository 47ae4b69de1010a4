/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Predict_Happeneddelivered1Inputs */

const en_predict_happeneddelivered1 = /** @type {(inputs: Predict_Happeneddelivered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delivered: ${i?.n},`)
};

const es_predict_happeneddelivered1 = /** @type {(inputs: Predict_Happeneddelivered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Entregados: ${i?.n},`)
};

const de_predict_happeneddelivered1 = /** @type {(inputs: Predict_Happeneddelivered1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zugestellt: ${i?.n},`)
};

/**
* | output |
* | --- |
* | "Delivered: {n}," |
*
* @param {Predict_Happeneddelivered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_happeneddelivered1 = /** @type {((inputs: Predict_Happeneddelivered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Happeneddelivered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_happeneddelivered1(inputs)
	if (locale === "de") return de_predict_happeneddelivered1(inputs)
	return en_predict_happeneddelivered1(inputs)
});
export { predict_happeneddelivered1 as "predict_happenedDelivered" }