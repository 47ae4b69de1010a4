/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_HiddenInputs */

const en_predict_hidden = /** @type {(inputs: Predict_HiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hidden until the end of the run: make your prediction, then play.`)
};

const es_predict_hidden = /** @type {(inputs: Predict_HiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oculto hasta el final de la ejecución: haz tu predicción y luego reproduce.`)
};

const de_predict_hidden = /** @type {(inputs: Predict_HiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis zum Ende des Durchlaufs verborgen: Gib deine Vorhersage ab, dann spiel ab.`)
};

/**
* | output |
* | --- |
* | "Hidden until the end of the run: make your prediction, then play." |
*
* @param {Predict_HiddenInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const predict_hidden = /** @type {((inputs?: Predict_HiddenInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_HiddenInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_hidden(inputs)
	if (locale === "de") return de_predict_hidden(inputs)
	return en_predict_hidden(inputs)
});