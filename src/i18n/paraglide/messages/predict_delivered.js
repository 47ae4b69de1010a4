/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_DeliveredInputs */

const en_predict_delivered = /** @type {(inputs: Predict_DeliveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delivered once`)
};

const es_predict_delivered = /** @type {(inputs: Predict_DeliveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Entregado una vez`)
};

const de_predict_delivered = /** @type {(inputs: Predict_DeliveredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einmal zugestellt`)
};

/**
* | output |
* | --- |
* | "Delivered once" |
*
* @param {Predict_DeliveredInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_delivered = /** @type {((inputs?: Predict_DeliveredInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_DeliveredInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_delivered(inputs)
	if (locale === "de") return de_predict_delivered(inputs)
	return en_predict_delivered(inputs)
});