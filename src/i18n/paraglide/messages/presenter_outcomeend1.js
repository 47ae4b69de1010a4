/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Outcomeend1Inputs */

const en_presenter_outcomeend1 = /** @type {(inputs: Presenter_Outcomeend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outcome of the whole run`)
};

const es_presenter_outcomeend1 = /** @type {(inputs: Presenter_Outcomeend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resultado de toda la ejecución`)
};

const de_presenter_outcomeend1 = /** @type {(inputs: Presenter_Outcomeend1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ergebnis des ganzen Durchlaufs`)
};

/**
* | output |
* | --- |
* | "Outcome of the whole run" |
*
* @param {Presenter_Outcomeend1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_outcomeend1 = /** @type {((inputs?: Presenter_Outcomeend1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Outcomeend1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_outcomeend1(inputs)
	if (locale === "de") return de_presenter_outcomeend1(inputs)
	return en_presenter_outcomeend1(inputs)
});
export { presenter_outcomeend1 as "presenter_outcomeEnd" }