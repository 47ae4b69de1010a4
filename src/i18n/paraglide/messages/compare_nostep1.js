/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Nostep1Inputs */

const en_compare_nostep1 = /** @type {(inputs: Compare_Nostep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing has happened yet.`)
};

const es_compare_nostep1 = /** @type {(inputs: Compare_Nostep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todavía no ha pasado nada.`)
};

const de_compare_nostep1 = /** @type {(inputs: Compare_Nostep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bisher ist nichts passiert.`)
};

/**
* | output |
* | --- |
* | "Nothing has happened yet." |
*
* @param {Compare_Nostep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_nostep1 = /** @type {((inputs?: Compare_Nostep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Nostep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_nostep1(inputs)
	if (locale === "de") return de_compare_nostep1(inputs)
	return en_compare_nostep1(inputs)
});
export { compare_nostep1 as "compare_noStep" }