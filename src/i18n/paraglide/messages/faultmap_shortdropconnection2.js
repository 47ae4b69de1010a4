/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Shortdropconnection2Inputs */

const en_faultmap_shortdropconnection2 = /** @type {(inputs: Faultmap_Shortdropconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset`)
};

const es_faultmap_shortdropconnection2 = /** @type {(inputs: Faultmap_Shortdropconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reinicio`)
};

const de_faultmap_shortdropconnection2 = /** @type {(inputs: Faultmap_Shortdropconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset`)
};

/**
* | output |
* | --- |
* | "Reset" |
*
* @param {Faultmap_Shortdropconnection2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_shortdropconnection2 = /** @type {((inputs?: Faultmap_Shortdropconnection2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Shortdropconnection2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_shortdropconnection2(inputs)
	if (locale === "de") return de_faultmap_shortdropconnection2(inputs)
	return en_faultmap_shortdropconnection2(inputs)
});
export { faultmap_shortdropconnection2 as "faultmap_shortDropConnection" }