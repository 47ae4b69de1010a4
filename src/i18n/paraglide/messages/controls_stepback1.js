/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Stepback1Inputs */

const en_controls_stepback1 = /** @type {(inputs: Controls_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step back`)
};

const es_controls_stepback1 = /** @type {(inputs: Controls_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso atrás`)
};

const de_controls_stepback1 = /** @type {(inputs: Controls_Stepback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt zurück`)
};

/**
* | output |
* | --- |
* | "Step back" |
*
* @param {Controls_Stepback1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_stepback1 = /** @type {((inputs?: Controls_Stepback1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Stepback1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_stepback1(inputs)
	if (locale === "de") return de_controls_stepback1(inputs)
	return en_controls_stepback1(inputs)
});
export { controls_stepback1 as "controls_stepBack" }