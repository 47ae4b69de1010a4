/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Verdictduplicated1Inputs */

const en_faultmap_verdictduplicated1 = /** @type {(inputs: Faultmap_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicated`)
};

const es_faultmap_verdictduplicated1 = /** @type {(inputs: Faultmap_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicado`)
};

const de_faultmap_verdictduplicated1 = /** @type {(inputs: Faultmap_Verdictduplicated1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`doppelt`)
};

/**
* | output |
* | --- |
* | "duplicated" |
*
* @param {Faultmap_Verdictduplicated1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_verdictduplicated1 = /** @type {((inputs?: Faultmap_Verdictduplicated1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Verdictduplicated1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_verdictduplicated1(inputs)
	if (locale === "de") return de_faultmap_verdictduplicated1(inputs)
	return en_faultmap_verdictduplicated1(inputs)
});
export { faultmap_verdictduplicated1 as "faultmap_verdictDuplicated" }