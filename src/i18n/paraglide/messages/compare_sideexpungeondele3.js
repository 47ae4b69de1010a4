/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Sideexpungeondele3Inputs */

const en_compare_sideexpungeondele3 = /** @type {(inputs: Compare_Sideexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expunge on DELE`)
};

const es_compare_sideexpungeondele3 = /** @type {(inputs: Compare_Sideexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borra en DELE`)
};

const de_compare_sideexpungeondele3 = /** @type {(inputs: Compare_Sideexpungeondele3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löscht sofort bei DELE`)
};

/**
* | output |
* | --- |
* | "Expunge on DELE" |
*
* @param {Compare_Sideexpungeondele3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_sideexpungeondele3 = /** @type {((inputs?: Compare_Sideexpungeondele3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Sideexpungeondele3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_sideexpungeondele3(inputs)
	if (locale === "de") return de_compare_sideexpungeondele3(inputs)
	return en_compare_sideexpungeondele3(inputs)
});
export { compare_sideexpungeondele3 as "compare_sideExpungeOnDele" }