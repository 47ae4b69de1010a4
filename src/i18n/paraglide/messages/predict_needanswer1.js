/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Needanswer1Inputs */

const en_predict_needanswer1 = /** @type {(inputs: Predict_Needanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose at least one answer (the whole run, or a message).`)
};

const es_predict_needanswer1 = /** @type {(inputs: Predict_Needanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige al menos una respuesta (toda la ejecución o un mensaje).`)
};

const de_predict_needanswer1 = /** @type {(inputs: Predict_Needanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle mindestens eine Antwort (für den ganzen Durchlauf oder eine Nachricht).`)
};

/**
* | output |
* | --- |
* | "Choose at least one answer (the whole run, or a message)." |
*
* @param {Predict_Needanswer1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_needanswer1 = /** @type {((inputs?: Predict_Needanswer1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Needanswer1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_needanswer1(inputs)
	if (locale === "de") return de_predict_needanswer1(inputs)
	return en_predict_needanswer1(inputs)
});
export { predict_needanswer1 as "predict_needAnswer" }