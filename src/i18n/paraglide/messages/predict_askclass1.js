/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Askclass1Inputs */

const en_predict_askclass1 = /** @type {(inputs: Predict_Askclass1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the class first: what will happen to each message? The Outcome shows at the end of the run.`)
};

const es_predict_askclass1 = /** @type {(inputs: Predict_Askclass1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pregunta primero a la clase: ¿qué le pasará a cada mensaje? El Resultado aparece al final de la ejecución.`)
};

const de_predict_askclass1 = /** @type {(inputs: Predict_Askclass1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frag zuerst die Klasse: Was passiert mit jeder Nachricht? Das Ergebnis erscheint am Ende des Durchlaufs.`)
};

/**
* | output |
* | --- |
* | "Ask the class first: what will happen to each message? The Outcome shows at the end of the run." |
*
* @param {Predict_Askclass1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_askclass1 = /** @type {((inputs?: Predict_Askclass1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Askclass1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_askclass1(inputs)
	if (locale === "de") return de_predict_askclass1(inputs)
	return en_predict_askclass1(inputs)
});
export { predict_askclass1 as "predict_askClass" }