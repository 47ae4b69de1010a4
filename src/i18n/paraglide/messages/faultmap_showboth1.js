/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Showboth1Inputs */

const en_faultmap_showboth1 = /** @type {(inputs: Faultmap_Showboth1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both modes`)
};

const es_faultmap_showboth1 = /** @type {(inputs: Faultmap_Showboth1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos modos`)
};

const de_faultmap_showboth1 = /** @type {(inputs: Faultmap_Showboth1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Modi`)
};

/**
* | output |
* | --- |
* | "Both modes" |
*
* @param {Faultmap_Showboth1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_showboth1 = /** @type {((inputs?: Faultmap_Showboth1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Showboth1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_showboth1(inputs)
	if (locale === "de") return de_faultmap_showboth1(inputs)
	return en_faultmap_showboth1(inputs)
});
export { faultmap_showboth1 as "faultmap_showBoth" }