/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Showdiff1Inputs */

const en_faultmap_showdiff1 = /** @type {(inputs: Faultmap_Showdiff1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only what differs`)
};

const es_faultmap_showdiff1 = /** @type {(inputs: Faultmap_Showdiff1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solo lo que difiere`)
};

const de_faultmap_showdiff1 = /** @type {(inputs: Faultmap_Showdiff1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur Unterschiede`)
};

/**
* | output |
* | --- |
* | "Only what differs" |
*
* @param {Faultmap_Showdiff1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_showdiff1 = /** @type {((inputs?: Faultmap_Showdiff1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Showdiff1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_showdiff1(inputs)
	if (locale === "de") return de_faultmap_showdiff1(inputs)
	return en_faultmap_showdiff1(inputs)
});
export { faultmap_showdiff1 as "faultmap_showDiff" }