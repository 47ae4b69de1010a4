/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_PreparingInputs */

const en_controls_preparing = /** @type {(inputs: Controls_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparing the simulator…`)
};

const es_controls_preparing = /** @type {(inputs: Controls_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preparando el simulador…`)
};

const de_controls_preparing = /** @type {(inputs: Controls_PreparingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Simulator wird vorbereitet…`)
};

/**
* | output |
* | --- |
* | "Preparing the simulator…" |
*
* @param {Controls_PreparingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const controls_preparing = /** @type {((inputs?: Controls_PreparingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_PreparingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_preparing(inputs)
	if (locale === "de") return de_controls_preparing(inputs)
	return en_controls_preparing(inputs)
});