/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Legendtitle1Inputs */

const en_faultmap_legendtitle1 = /** @type {(inputs: Faultmap_Legendtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Key`)
};

const es_faultmap_legendtitle1 = /** @type {(inputs: Faultmap_Legendtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leyenda`)
};

const de_faultmap_legendtitle1 = /** @type {(inputs: Faultmap_Legendtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Legende`)
};

/**
* | output |
* | --- |
* | "Key" |
*
* @param {Faultmap_Legendtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_legendtitle1 = /** @type {((inputs?: Faultmap_Legendtitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Legendtitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_legendtitle1(inputs)
	if (locale === "de") return de_faultmap_legendtitle1(inputs)
	return en_faultmap_legendtitle1(inputs)
});
export { faultmap_legendtitle1 as "faultmap_legendTitle" }