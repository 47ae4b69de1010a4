/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Verdictrefused1Inputs */

const en_faultmap_verdictrefused1 = /** @type {(inputs: Faultmap_Verdictrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cannot be placed`)
};

const es_faultmap_verdictrefused1 = /** @type {(inputs: Faultmap_Verdictrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no se puede colocar`)
};

const de_faultmap_verdictrefused1 = /** @type {(inputs: Faultmap_Verdictrefused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nicht platzierbar`)
};

/**
* | output |
* | --- |
* | "cannot be placed" |
*
* @param {Faultmap_Verdictrefused1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_verdictrefused1 = /** @type {((inputs?: Faultmap_Verdictrefused1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Verdictrefused1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_verdictrefused1(inputs)
	if (locale === "de") return de_faultmap_verdictrefused1(inputs)
	return en_faultmap_verdictrefused1(inputs)
});
export { faultmap_verdictrefused1 as "faultmap_verdictRefused" }