/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Colmatch1Inputs */

const en_predict_colmatch1 = /** @type {(inputs: Predict_Colmatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Match`)
};

const es_predict_colmatch1 = /** @type {(inputs: Predict_Colmatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Coincide`)
};

const de_predict_colmatch1 = /** @type {(inputs: Predict_Colmatch1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Treffer`)
};

/**
* | output |
* | --- |
* | "Match" |
*
* @param {Predict_Colmatch1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_colmatch1 = /** @type {((inputs?: Predict_Colmatch1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Colmatch1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_colmatch1(inputs)
	if (locale === "de") return de_predict_colmatch1(inputs)
	return en_predict_colmatch1(inputs)
});
export { predict_colmatch1 as "predict_colMatch" }