/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Detailoctets1Inputs */

const en_controls_detailoctets1 = /** @type {(inputs: Controls_Detailoctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Octets`)
};

const es_controls_detailoctets1 = /** @type {(inputs: Controls_Detailoctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Octetos`)
};

const de_controls_detailoctets1 = /** @type {(inputs: Controls_Detailoctets1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oktette`)
};

/**
* | output |
* | --- |
* | "Octets" |
*
* @param {Controls_Detailoctets1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_detailoctets1 = /** @type {((inputs?: Controls_Detailoctets1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Detailoctets1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_detailoctets1(inputs)
	if (locale === "de") return de_controls_detailoctets1(inputs)
	return en_controls_detailoctets1(inputs)
});
export { controls_detailoctets1 as "controls_detailOctets" }