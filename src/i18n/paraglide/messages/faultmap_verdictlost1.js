/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Verdictlost1Inputs */

const en_faultmap_verdictlost1 = /** @type {(inputs: Faultmap_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost`)
};

const es_faultmap_verdictlost1 = /** @type {(inputs: Faultmap_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`perdido`)
};

const de_faultmap_verdictlost1 = /** @type {(inputs: Faultmap_Verdictlost1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren`)
};

/**
* | output |
* | --- |
* | "lost" |
*
* @param {Faultmap_Verdictlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_verdictlost1 = /** @type {((inputs?: Faultmap_Verdictlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Verdictlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_verdictlost1(inputs)
	if (locale === "de") return de_faultmap_verdictlost1(inputs)
	return en_faultmap_verdictlost1(inputs)
});
export { faultmap_verdictlost1 as "faultmap_verdictLost" }