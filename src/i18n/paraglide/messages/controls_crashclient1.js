/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Crashclient1Inputs */

const en_controls_crashclient1 = /** @type {(inputs: Controls_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Crash client`)
};

const es_controls_crashclient1 = /** @type {(inputs: Controls_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Colgar el cliente`)
};

const de_controls_crashclient1 = /** @type {(inputs: Controls_Crashclient1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client abstürzen lassen`)
};

/**
* | output |
* | --- |
* | "Crash client" |
*
* @param {Controls_Crashclient1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_crashclient1 = /** @type {((inputs?: Controls_Crashclient1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Crashclient1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_crashclient1(inputs)
	if (locale === "de") return de_controls_crashclient1(inputs)
	return en_controls_crashclient1(inputs)
});
export { controls_crashclient1 as "controls_crashClient" }