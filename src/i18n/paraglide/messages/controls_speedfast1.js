/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Speedfast1Inputs */

const en_controls_speedfast1 = /** @type {(inputs: Controls_Speedfast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fast`)
};

const es_controls_speedfast1 = /** @type {(inputs: Controls_Speedfast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rápida`)
};

const de_controls_speedfast1 = /** @type {(inputs: Controls_Speedfast1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schnell`)
};

/**
* | output |
* | --- |
* | "Fast" |
*
* @param {Controls_Speedfast1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_speedfast1 = /** @type {((inputs?: Controls_Speedfast1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Speedfast1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_speedfast1(inputs)
	if (locale === "de") return de_controls_speedfast1(inputs)
	return en_controls_speedfast1(inputs)
});
export { controls_speedfast1 as "controls_speedFast" }