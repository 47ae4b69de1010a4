/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Difftitle1Inputs */

const en_faultmap_difftitle1 = /** @type {(inputs: Faultmap_Difftitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where the two modes differ`)
};

const es_faultmap_difftitle1 = /** @type {(inputs: Faultmap_Difftitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dónde difieren los dos modos`)
};

const de_faultmap_difftitle1 = /** @type {(inputs: Faultmap_Difftitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo sich die beiden Modi unterscheiden`)
};

/**
* | output |
* | --- |
* | "Where the two modes differ" |
*
* @param {Faultmap_Difftitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_difftitle1 = /** @type {((inputs?: Faultmap_Difftitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Difftitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_difftitle1(inputs)
	if (locale === "de") return de_faultmap_difftitle1(inputs)
	return en_faultmap_difftitle1(inputs)
});
export { faultmap_difftitle1 as "faultmap_diffTitle" }