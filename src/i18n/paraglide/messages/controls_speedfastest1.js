/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Speedfastest1Inputs */

const en_controls_speedfastest1 = /** @type {(inputs: Controls_Speedfastest1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fastest`)
};

const es_controls_speedfastest1 = /** @type {(inputs: Controls_Speedfastest1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Máxima`)
};

const de_controls_speedfastest1 = /** @type {(inputs: Controls_Speedfastest1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Am schnellsten`)
};

/**
* | output |
* | --- |
* | "Fastest" |
*
* @param {Controls_Speedfastest1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_speedfastest1 = /** @type {((inputs?: Controls_Speedfastest1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Speedfastest1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_speedfastest1(inputs)
	if (locale === "de") return de_controls_speedfastest1(inputs)
	return en_controls_speedfastest1(inputs)
});
export { controls_speedfastest1 as "controls_speedFastest" }