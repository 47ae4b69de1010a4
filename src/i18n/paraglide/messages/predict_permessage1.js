/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Permessage1Inputs */

const en_predict_permessage1 = /** @type {(inputs: Predict_Permessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Or message by message:`)
};

const es_predict_permessage1 = /** @type {(inputs: Predict_Permessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O mensaje a mensaje:`)
};

const de_predict_permessage1 = /** @type {(inputs: Predict_Permessage1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oder Nachricht für Nachricht:`)
};

/**
* | output |
* | --- |
* | "Or message by message:" |
*
* @param {Predict_Permessage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_permessage1 = /** @type {((inputs?: Predict_Permessage1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Permessage1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_permessage1(inputs)
	if (locale === "de") return de_predict_permessage1(inputs)
	return en_predict_permessage1(inputs)
});
export { predict_permessage1 as "predict_perMessage" }