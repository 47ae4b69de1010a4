/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Stepforward1Inputs */

const en_controls_stepforward1 = /** @type {(inputs: Controls_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step forward`)
};

const es_controls_stepforward1 = /** @type {(inputs: Controls_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso adelante`)
};

const de_controls_stepforward1 = /** @type {(inputs: Controls_Stepforward1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt vor`)
};

/**
* | output |
* | --- |
* | "Step forward" |
*
* @param {Controls_Stepforward1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_stepforward1 = /** @type {((inputs?: Controls_Stepforward1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Stepforward1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_stepforward1(inputs)
	if (locale === "de") return de_controls_stepforward1(inputs)
	return en_controls_stepforward1(inputs)
});
export { controls_stepforward1 as "controls_stepForward" }