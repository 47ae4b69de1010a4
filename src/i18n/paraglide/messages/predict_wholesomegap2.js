/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Wholesomegap2Inputs */

const en_predict_wholesomegap2 = /** @type {(inputs: Predict_Wholesomegap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Some messages missing on a device (gap)`)
};

const es_predict_wholesomegap2 = /** @type {(inputs: Predict_Wholesomegap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A algún dispositivo le faltan mensajes (hueco)`)
};

const de_predict_wholesomegap2 = /** @type {(inputs: Predict_Wholesomegap2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einem Gerät fehlen Nachrichten (Lücke)`)
};

/**
* | output |
* | --- |
* | "Some messages missing on a device (gap)" |
*
* @param {Predict_Wholesomegap2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_wholesomegap2 = /** @type {((inputs?: Predict_Wholesomegap2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Wholesomegap2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_wholesomegap2(inputs)
	if (locale === "de") return de_predict_wholesomegap2(inputs)
	return en_predict_wholesomegap2(inputs)
});
export { predict_wholesomegap2 as "predict_wholeSomeGap" }