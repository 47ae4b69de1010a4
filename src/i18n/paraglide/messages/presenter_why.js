/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_WhyInputs */

const en_presenter_why = /** @type {(inputs: Presenter_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why`)
};

const es_presenter_why = /** @type {(inputs: Presenter_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por qué`)
};

const de_presenter_why = /** @type {(inputs: Presenter_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warum`)
};

/**
* | output |
* | --- |
* | "Why" |
*
* @param {Presenter_WhyInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_why = /** @type {((inputs?: Presenter_WhyInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_WhyInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_why(inputs)
	if (locale === "de") return de_presenter_why(inputs)
	return en_presenter_why(inputs)
});