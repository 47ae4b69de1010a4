/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Speedslow1Inputs */

const en_controls_speedslow1 = /** @type {(inputs: Controls_Speedslow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Slow`)
};

const es_controls_speedslow1 = /** @type {(inputs: Controls_Speedslow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lenta`)
};

const de_controls_speedslow1 = /** @type {(inputs: Controls_Speedslow1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Langsam`)
};

/**
* | output |
* | --- |
* | "Slow" |
*
* @param {Controls_Speedslow1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_speedslow1 = /** @type {((inputs?: Controls_Speedslow1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Speedslow1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_speedslow1(inputs)
	if (locale === "de") return de_controls_speedslow1(inputs)
	return en_controls_speedslow1(inputs)
});
export { controls_speedslow1 as "controls_speedSlow" }