/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Dropconnection1Inputs */

const en_controls_dropconnection1 = /** @type {(inputs: Controls_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop connection`)
};

const es_controls_dropconnection1 = /** @type {(inputs: Controls_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cortar la conexión`)
};

const de_controls_dropconnection1 = /** @type {(inputs: Controls_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung trennen`)
};

/**
* | output |
* | --- |
* | "Drop connection" |
*
* @param {Controls_Dropconnection1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_dropconnection1 = /** @type {((inputs?: Controls_Dropconnection1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Dropconnection1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_dropconnection1(inputs)
	if (locale === "de") return de_controls_dropconnection1(inputs)
	return en_controls_dropconnection1(inputs)
});
export { controls_dropconnection1 as "controls_dropConnection" }