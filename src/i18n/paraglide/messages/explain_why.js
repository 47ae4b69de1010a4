/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_WhyInputs */

const en_explain_why = /** @type {(inputs: Explain_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why, step by step`)
};

const es_explain_why = /** @type {(inputs: Explain_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Por qué, paso a paso`)
};

const de_explain_why = /** @type {(inputs: Explain_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warum, Schritt für Schritt`)
};

/**
* | output |
* | --- |
* | "Why, step by step" |
*
* @param {Explain_WhyInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const explain_why = /** @type {((inputs?: Explain_WhyInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_WhyInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_why(inputs)
	if (locale === "de") return de_explain_why(inputs)
	return en_explain_why(inputs)
});