/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholealldelivered2Inputs */

const en_predict_wholealldelivered2 = /** @type {(inputs: Predict_Wholealldelivered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every message delivered exactly once`)
};

const es_predict_wholealldelivered2 = /** @type {(inputs: Predict_Wholealldelivered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cada mensaje entregado exactamente una vez`)
};

const de_predict_wholealldelivered2 = /** @type {(inputs: Predict_Wholealldelivered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Nachricht genau einmal zugestellt`)
};

/**
* | output |
* | --- |
* | "Every message delivered exactly once" |
*
* @param {Predict_Wholealldelivered2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholealldelivered2 = /** @type {((inputs?: Predict_Wholealldelivered2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholealldelivered2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholealldelivered2(inputs)
	if (locale === "de") return de_predict_wholealldelivered2(inputs)
	return en_predict_wholealldelivered2(inputs)
});
export { predict_wholealldelivered2 as "predict_wholeAllDelivered" }