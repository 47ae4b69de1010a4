/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Predict_Switchhint1Inputs */

const en_predict_switchhint1 = /** @type {(inputs: Predict_Switchhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hide the Outcome until the end and guess it before you play`)
};

const es_predict_switchhint1 = /** @type {(inputs: Predict_Switchhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`oculta el Resultado hasta el final y adivínalo antes de reproducir`)
};

const de_predict_switchhint1 = /** @type {(inputs: Predict_Switchhint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`blendet das Ergebnis bis zum Ende aus, damit du es vor dem Abspielen schätzt`)
};

/**
* | output |
* | --- |
* | "hide the Outcome until the end and guess it before you play" |
*
* @param {Predict_Switchhint1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const predict_switchhint1 = /** @type {((inputs?: Predict_Switchhint1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Predict_Switchhint1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_predict_switchhint1(inputs)
	if (locale === "de") return de_predict_switchhint1(inputs)
	return en_predict_switchhint1(inputs)
});
export { predict_switchhint1 as "predict_switchHint" }