/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Predict_Happenedlost1Inputs */

const en_predict_happenedlost1 = /** @type {(inputs: Predict_Happenedlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lost: ${i?.n},`)
};

const es_predict_happenedlost1 = /** @type {(inputs: Predict_Happenedlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Perdidos: ${i?.n},`)
};

const de_predict_happenedlost1 = /** @type {(inputs: Predict_Happenedlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verloren: ${i?.n},`)
};

/**
* | output |
* | --- |
* | "Lost: {n}," |
*
* @param {Predict_Happenedlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_happenedlost1 = /** @type {((inputs: Predict_Happenedlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Happenedlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_happenedlost1(inputs)
	if (locale === "de") return de_predict_happenedlost1(inputs)
	return en_predict_happenedlost1(inputs)
});
export { predict_happenedlost1 as "predict_happenedLost" }