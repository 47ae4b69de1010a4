/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Speednormal1Inputs */

const en_controls_speednormal1 = /** @type {(inputs: Controls_Speednormal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Normal`)
};

const es_controls_speednormal1 = /** @type {(inputs: Controls_Speednormal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Normal`)
};

const de_controls_speednormal1 = /** @type {(inputs: Controls_Speednormal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Normal`)
};

/**
* | output |
* | --- |
* | "Normal" |
*
* @param {Controls_Speednormal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_speednormal1 = /** @type {((inputs?: Controls_Speednormal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Speednormal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_speednormal1(inputs)
	if (locale === "de") return de_controls_speednormal1(inputs)
	return en_controls_speednormal1(inputs)
});
export { controls_speednormal1 as "controls_speedNormal" }