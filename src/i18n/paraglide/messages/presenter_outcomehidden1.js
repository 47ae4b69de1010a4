/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Outcomehidden1Inputs */

const en_presenter_outcomehidden1 = /** @type {(inputs: Presenter_Outcomehidden1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hidden until the end of the run: Predict first is on in the lab.`)
};

const es_presenter_outcomehidden1 = /** @type {(inputs: Presenter_Outcomehidden1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oculto hasta el final de la ejecución: «Predecir primero» está activado en el laboratorio.`)
};

const de_presenter_outcomehidden1 = /** @type {(inputs: Presenter_Outcomehidden1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bis zum Ende des Durchlaufs verborgen: „Erst vorhersagen“ ist im Lab eingeschaltet.`)
};

/**
* | output |
* | --- |
* | "Hidden until the end of the run: Predict first is on in the lab." |
*
* @param {Presenter_Outcomehidden1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_outcomehidden1 = /** @type {((inputs?: Presenter_Outcomehidden1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Outcomehidden1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_outcomehidden1(inputs)
	if (locale === "de") return de_presenter_outcomehidden1(inputs)
	return en_presenter_outcomehidden1(inputs)
});
export { presenter_outcomehidden1 as "presenter_outcomeHidden" }