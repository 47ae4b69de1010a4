/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_OutcomeInputs */

const en_presenter_outcome = /** @type {(inputs: Presenter_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outcome so far`)
};

const es_presenter_outcome = /** @type {(inputs: Presenter_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resultado hasta ahora`)
};

const de_presenter_outcome = /** @type {(inputs: Presenter_OutcomeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ergebnis bisher`)
};

/**
* | output |
* | --- |
* | "Outcome so far" |
*
* @param {Presenter_OutcomeInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_outcome = /** @type {((inputs?: Presenter_OutcomeInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_OutcomeInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_outcome(inputs)
	if (locale === "de") return de_presenter_outcome(inputs)
	return en_presenter_outcome(inputs)
});