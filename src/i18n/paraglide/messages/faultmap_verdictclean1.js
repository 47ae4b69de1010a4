/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Verdictclean1Inputs */

const en_faultmap_verdictclean1 = /** @type {(inputs: Faultmap_Verdictclean1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no harm`)
};

const es_faultmap_verdictclean1 = /** @type {(inputs: Faultmap_Verdictclean1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sin daño`)
};

const de_faultmap_verdictclean1 = /** @type {(inputs: Faultmap_Verdictclean1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kein Schaden`)
};

/**
* | output |
* | --- |
* | "no harm" |
*
* @param {Faultmap_Verdictclean1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_verdictclean1 = /** @type {((inputs?: Faultmap_Verdictclean1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Verdictclean1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_verdictclean1(inputs)
	if (locale === "de") return de_faultmap_verdictclean1(inputs)
	return en_faultmap_verdictclean1(inputs)
});
export { faultmap_verdictclean1 as "faultmap_verdictClean" }