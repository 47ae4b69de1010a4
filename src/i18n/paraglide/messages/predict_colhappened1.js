/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Colhappened1Inputs */

const en_predict_colhappened1 = /** @type {(inputs: Predict_Colhappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happened`)
};

const es_predict_colhappened1 = /** @type {(inputs: Predict_Colhappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lo que pasó`)
};

const de_predict_colhappened1 = /** @type {(inputs: Predict_Colhappened1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was passiert ist`)
};

/**
* | output |
* | --- |
* | "What happened" |
*
* @param {Predict_Colhappened1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_colhappened1 = /** @type {((inputs?: Predict_Colhappened1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Colhappened1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_colhappened1(inputs)
	if (locale === "de") return de_predict_colhappened1(inputs)
	return en_predict_colhappened1(inputs)
});
export { predict_colhappened1 as "predict_colHappened" }