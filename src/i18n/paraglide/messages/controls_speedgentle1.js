/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Speedgentle1Inputs */

const en_controls_speedgentle1 = /** @type {(inputs: Controls_Speedgentle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gentle`)
};

const es_controls_speedgentle1 = /** @type {(inputs: Controls_Speedgentle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tranquila`)
};

const de_controls_speedgentle1 = /** @type {(inputs: Controls_Speedgentle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gemächlich`)
};

/**
* | output |
* | --- |
* | "Gentle" |
*
* @param {Controls_Speedgentle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_speedgentle1 = /** @type {((inputs?: Controls_Speedgentle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Speedgentle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_speedgentle1(inputs)
	if (locale === "de") return de_controls_speedgentle1(inputs)
	return en_controls_speedgentle1(inputs)
});
export { controls_speedgentle1 as "controls_speedGentle" }