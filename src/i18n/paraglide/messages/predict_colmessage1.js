/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Colmessage1Inputs */

const en_predict_colmessage1 = /** @type {(inputs: Predict_Colmessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message`)
};

const es_predict_colmessage1 = /** @type {(inputs: Predict_Colmessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mensaje`)
};

const de_predict_colmessage1 = /** @type {(inputs: Predict_Colmessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachricht`)
};

/**
* | output |
* | --- |
* | "Message" |
*
* @param {Predict_Colmessage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_colmessage1 = /** @type {((inputs?: Predict_Colmessage1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Colmessage1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_colmessage1(inputs)
	if (locale === "de") return de_predict_colmessage1(inputs)
	return en_predict_colmessage1(inputs)
});
export { predict_colmessage1 as "predict_colMessage" }