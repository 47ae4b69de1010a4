/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictstitle1Inputs */

const en_compare_verdictstitle1 = /** @type {(inputs: Compare_Verdictstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verdicts compared (end of both runs)`)
};

const es_compare_verdictstitle1 = /** @type {(inputs: Compare_Verdictstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Veredictos comparados (al final de ambas ejecuciones)`)
};

const de_compare_verdictstitle1 = /** @type {(inputs: Compare_Verdictstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Urteile im Vergleich (am Ende beider Durchläufe)`)
};

/**
* | output |
* | --- |
* | "Verdicts compared (end of both runs)" |
*
* @param {Compare_Verdictstitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictstitle1 = /** @type {((inputs?: Compare_Verdictstitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictstitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictstitle1(inputs)
	if (locale === "de") return de_compare_verdictstitle1(inputs)
	return en_compare_verdictstitle1(inputs)
});
export { compare_verdictstitle1 as "compare_verdictsTitle" }