/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Sidedelete1Inputs */

const en_compare_sidedelete1 = /** @type {(inputs: Compare_Sidedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete on download`)
};

const es_compare_sidedelete1 = /** @type {(inputs: Compare_Sidedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borrar al descargar`)
};

const de_compare_sidedelete1 = /** @type {(inputs: Compare_Sidedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Abrufen löschen`)
};

/**
* | output |
* | --- |
* | "Delete on download" |
*
* @param {Compare_Sidedelete1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_sidedelete1 = /** @type {((inputs?: Compare_Sidedelete1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Sidedelete1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_sidedelete1(inputs)
	if (locale === "de") return de_compare_sidedelete1(inputs)
	return en_compare_sidedelete1(inputs)
});
export { compare_sidedelete1 as "compare_sideDelete" }