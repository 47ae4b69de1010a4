/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Detailcommands1Inputs */

const en_controls_detailcommands1 = /** @type {(inputs: Controls_Detailcommands1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Commands`)
};

const es_controls_detailcommands1 = /** @type {(inputs: Controls_Detailcommands1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Órdenes`)
};

const de_controls_detailcommands1 = /** @type {(inputs: Controls_Detailcommands1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Befehle`)
};

/**
* | output |
* | --- |
* | "Commands" |
*
* @param {Controls_Detailcommands1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_detailcommands1 = /** @type {((inputs?: Controls_Detailcommands1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Detailcommands1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_detailcommands1(inputs)
	if (locale === "de") return de_controls_detailcommands1(inputs)
	return en_controls_detailcommands1(inputs)
});
export { controls_detailcommands1 as "controls_detailCommands" }