/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Modedelete1Inputs */

const en_faultmap_modedelete1 = /** @type {(inputs: Faultmap_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete on download`)
};

const es_faultmap_modedelete1 = /** @type {(inputs: Faultmap_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borrar al descargar`)
};

const de_faultmap_modedelete1 = /** @type {(inputs: Faultmap_Modedelete1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Abrufen löschen`)
};

/**
* | output |
* | --- |
* | "Delete on download" |
*
* @param {Faultmap_Modedelete1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_modedelete1 = /** @type {((inputs?: Faultmap_Modedelete1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Modedelete1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_modedelete1(inputs)
	if (locale === "de") return de_faultmap_modedelete1(inputs)
	return en_faultmap_modedelete1(inputs)
});
export { faultmap_modedelete1 as "faultmap_modeDelete" }