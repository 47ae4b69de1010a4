/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Noprediction1Inputs */

const en_predict_noprediction1 = /** @type {(inputs: Predict_Noprediction1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You made no prediction for this run. Turn the switch off and on to try the next one.`)
};

const es_predict_noprediction1 = /** @type {(inputs: Predict_Noprediction1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hiciste ninguna predicción para esta ejecución. Apaga y enciende el interruptor para probar con la siguiente.`)
};

const de_predict_noprediction1 = /** @type {(inputs: Predict_Noprediction1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Für diesen Durchlauf hast du nichts vorhergesagt. Schalte den Schalter aus und wieder an, um es beim nächsten zu versuchen.`)
};

/**
* | output |
* | --- |
* | "You made no prediction for this run. Turn the switch off and on to try the next one." |
*
* @param {Predict_Noprediction1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_noprediction1 = /** @type {((inputs?: Predict_Noprediction1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Noprediction1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_noprediction1(inputs)
	if (locale === "de") return de_predict_noprediction1(inputs)
	return en_predict_noprediction1(inputs)
});
export { predict_noprediction1 as "predict_noPrediction" }