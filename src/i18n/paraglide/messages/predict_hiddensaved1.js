/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Hiddensaved1Inputs */

const en_predict_hiddensaved1 = /** @type {(inputs: Predict_Hiddensaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hidden until the end of the run. Play it and compare.`)
};

const es_predict_hiddensaved1 = /** @type {(inputs: Predict_Hiddensaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oculto hasta el final de la ejecución. Reprodúcela y compara.`)
};

const de_predict_hiddensaved1 = /** @type {(inputs: Predict_Hiddensaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis zum Ende des Durchlaufs verborgen. Spiel ihn ab und vergleiche.`)
};

/**
* | output |
* | --- |
* | "Hidden until the end of the run. Play it and compare." |
*
* @param {Predict_Hiddensaved1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_hiddensaved1 = /** @type {((inputs?: Predict_Hiddensaved1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Hiddensaved1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_hiddensaved1(inputs)
	if (locale === "de") return de_predict_hiddensaved1(inputs)
	return en_predict_hiddensaved1(inputs)
});
export { predict_hiddensaved1 as "predict_hiddenSaved" }