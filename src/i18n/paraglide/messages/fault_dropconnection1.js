/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Dropconnection1Inputs */

const en_fault_dropconnection1 = /** @type {(inputs: Fault_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connection reset`)
};

const es_fault_dropconnection1 = /** @type {(inputs: Fault_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conexión reiniciada`)
};

const de_fault_dropconnection1 = /** @type {(inputs: Fault_Dropconnection1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung zurückgesetzt`)
};

/**
* | output |
* | --- |
* | "Connection reset" |
*
* @param {Fault_Dropconnection1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_dropconnection1 = /** @type {((inputs?: Fault_Dropconnection1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Dropconnection1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_dropconnection1(inputs)
	if (locale === "de") return de_fault_dropconnection1(inputs)
	return en_fault_dropconnection1(inputs)
});
export { fault_dropconnection1 as "fault_dropConnection" }