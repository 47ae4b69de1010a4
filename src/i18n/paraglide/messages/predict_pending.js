/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_PendingInputs */

const en_predict_pending = /** @type {(inputs: Predict_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not delivered (still on the server)`)
};

const es_predict_pending = /** @type {(inputs: Predict_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin entregar (sigue en el servidor)`)
};

const de_predict_pending = /** @type {(inputs: Predict_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht zugestellt (noch auf dem Server)`)
};

/**
* | output |
* | --- |
* | "Not delivered (still on the server)" |
*
* @param {Predict_PendingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_pending = /** @type {((inputs?: Predict_PendingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_PendingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_pending(inputs)
	if (locale === "de") return de_predict_pending(inputs)
	return en_predict_pending(inputs)
});