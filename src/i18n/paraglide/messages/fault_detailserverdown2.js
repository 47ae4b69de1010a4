/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ seconds: NonNullable<unknown> }} Fault_Detailserverdown2Inputs */

const en_fault_detailserverdown2 = /** @type {(inputs: Fault_Detailserverdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`down for ${i?.seconds} s`)
};

const es_fault_detailserverdown2 = /** @type {(inputs: Fault_Detailserverdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`fuera de servicio durante ${i?.seconds} s`)
};

const de_fault_detailserverdown2 = /** @type {(inputs: Fault_Detailserverdown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.seconds} s lang außer Betrieb`)
};

/**
* | output |
* | --- |
* | "down for {seconds} s" |
*
* @param {Fault_Detailserverdown2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailserverdown2 = /** @type {((inputs: Fault_Detailserverdown2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailserverdown2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailserverdown2(inputs)
	if (locale === "de") return de_fault_detailserverdown2(inputs)
	return en_fault_detailserverdown2(inputs)
});
export { fault_detailserverdown2 as "fault_detailServerDown" }