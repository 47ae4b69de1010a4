/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailnoconnection2Inputs */

const en_fault_detailnoconnection2 = /** @type {(inputs: Fault_Detailnoconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no connection to act on`)
};

const es_fault_detailnoconnection2 = /** @type {(inputs: Fault_Detailnoconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no hay conexión a la que afecte`)
};

const de_fault_detailnoconnection2 = /** @type {(inputs: Fault_Detailnoconnection2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keine Verbindung, die es treffen könnte`)
};

/**
* | output |
* | --- |
* | "no connection to act on" |
*
* @param {Fault_Detailnoconnection2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailnoconnection2 = /** @type {((inputs?: Fault_Detailnoconnection2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailnoconnection2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailnoconnection2(inputs)
	if (locale === "de") return de_fault_detailnoconnection2(inputs)
	return en_fault_detailnoconnection2(inputs)
});
export { fault_detailnoconnection2 as "fault_detailNoConnection" }