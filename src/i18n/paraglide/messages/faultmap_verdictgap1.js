/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Verdictgap1Inputs */

const en_faultmap_verdictgap1 = /** @type {(inputs: Faultmap_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gap`)
};

const es_faultmap_verdictgap1 = /** @type {(inputs: Faultmap_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hueco`)
};

const de_faultmap_verdictgap1 = /** @type {(inputs: Faultmap_Verdictgap1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke`)
};

/**
* | output |
* | --- |
* | "gap" |
*
* @param {Faultmap_Verdictgap1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_verdictgap1 = /** @type {((inputs?: Faultmap_Verdictgap1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Verdictgap1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_verdictgap1(inputs)
	if (locale === "de") return de_faultmap_verdictgap1(inputs)
	return en_faultmap_verdictgap1(inputs)
});
export { faultmap_verdictgap1 as "faultmap_verdictGap" }