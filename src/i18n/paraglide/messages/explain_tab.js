/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Explain_TabInputs */

const en_explain_tab = /** @type {(inputs: Explain_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explain`)
};

const es_explain_tab = /** @type {(inputs: Explain_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Explicar`)
};

const de_explain_tab = /** @type {(inputs: Explain_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erklären`)
};

/**
* | output |
* | --- |
* | "Explain" |
*
* @param {Explain_TabInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const explain_tab = /** @type {((inputs?: Explain_TabInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Explain_TabInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_explain_tab(inputs)
	if (locale === "de") return de_explain_tab(inputs)
	return en_explain_tab(inputs)
});