/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Predict_Happenedgap1Inputs */

const en_predict_happenedgap1 = /** @type {(inputs: Predict_Happenedgap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gap: ${i?.n}`)
};

const es_predict_happenedgap1 = /** @type {(inputs: Predict_Happenedgap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Huecos: ${i?.n}`)
};

const de_predict_happenedgap1 = /** @type {(inputs: Predict_Happenedgap1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lücken: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Gap: {n}" |
*
* @param {Predict_Happenedgap1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_happenedgap1 = /** @type {((inputs: Predict_Happenedgap1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Happenedgap1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_happenedgap1(inputs)
	if (locale === "de") return de_predict_happenedgap1(inputs)
	return en_predict_happenedgap1(inputs)
});
export { predict_happenedgap1 as "predict_happenedGap" }