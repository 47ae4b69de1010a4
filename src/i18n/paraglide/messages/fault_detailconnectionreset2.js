/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailconnectionreset2Inputs */

const en_fault_detailconnectionreset2 = /** @type {(inputs: Fault_Detailconnectionreset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`connection reset`)
};

const es_fault_detailconnectionreset2 = /** @type {(inputs: Fault_Detailconnectionreset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`conexión reiniciada`)
};

const de_fault_detailconnectionreset2 = /** @type {(inputs: Fault_Detailconnectionreset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung zurückgesetzt`)
};

/**
* | output |
* | --- |
* | "connection reset" |
*
* @param {Fault_Detailconnectionreset2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailconnectionreset2 = /** @type {((inputs?: Fault_Detailconnectionreset2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailconnectionreset2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailconnectionreset2(inputs)
	if (locale === "de") return de_fault_detailconnectionreset2(inputs)
	return en_fault_detailconnectionreset2(inputs)
});
export { fault_detailconnectionreset2 as "fault_detailConnectionReset" }