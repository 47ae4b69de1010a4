/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Notanswered1Inputs */

const en_predict_notanswered1 = /** @type {(inputs: Predict_Notanswered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(no answer)`)
};

const es_predict_notanswered1 = /** @type {(inputs: Predict_Notanswered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(sin respuesta)`)
};

const de_predict_notanswered1 = /** @type {(inputs: Predict_Notanswered1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`(keine Antwort)`)
};

/**
* | output |
* | --- |
* | "(no answer)" |
*
* @param {Predict_Notanswered1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_notanswered1 = /** @type {((inputs?: Predict_Notanswered1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Notanswered1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_notanswered1(inputs)
	if (locale === "de") return de_predict_notanswered1(inputs)
	return en_predict_notanswered1(inputs)
});
export { predict_notanswered1 as "predict_notAnswered" }