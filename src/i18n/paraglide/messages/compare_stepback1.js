/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Stepback1Inputs */

const en_compare_stepback1 = /** @type {(inputs: Compare_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step both back`)
};

const es_compare_stepback1 = /** @type {(inputs: Compare_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos un paso atrás`)
};

const de_compare_stepback1 = /** @type {(inputs: Compare_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide einen Schritt zurück`)
};

/**
* | output |
* | --- |
* | "Step both back" |
*
* @param {Compare_Stepback1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_stepback1 = /** @type {((inputs?: Compare_Stepback1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Stepback1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_stepback1(inputs)
	if (locale === "de") return de_compare_stepback1(inputs)
	return en_compare_stepback1(inputs)
});
export { compare_stepback1 as "compare_stepBack" }