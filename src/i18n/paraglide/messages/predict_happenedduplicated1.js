/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Predict_Happenedduplicated1Inputs */

const en_predict_happenedduplicated1 = /** @type {(inputs: Predict_Happenedduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicated: ${i?.n},`)
};

const es_predict_happenedduplicated1 = /** @type {(inputs: Predict_Happenedduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicados: ${i?.n},`)
};

const de_predict_happenedduplicated1 = /** @type {(inputs: Predict_Happenedduplicated1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Doppelt: ${i?.n},`)
};

/**
* | output |
* | --- |
* | "Duplicated: {n}," |
*
* @param {Predict_Happenedduplicated1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_happenedduplicated1 = /** @type {((inputs: Predict_Happenedduplicated1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Happenedduplicated1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_happenedduplicated1(inputs)
	if (locale === "de") return de_predict_happenedduplicated1(inputs)
	return en_predict_happenedduplicated1(inputs)
});
export { predict_happenedduplicated1 as "predict_happenedDuplicated" }