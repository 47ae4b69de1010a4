/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailclientgoessilent3Inputs */

const en_fault_detailclientgoessilent3 = /** @type {(inputs: Fault_Detailclientgoessilent3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the client goes silent`)
};

const es_fault_detailclientgoessilent3 = /** @type {(inputs: Fault_Detailclientgoessilent3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el cliente deja de enviar`)
};

const de_fault_detailclientgoessilent3 = /** @type {(inputs: Fault_Detailclientgoessilent3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`der Client sendet nichts mehr`)
};

/**
* | output |
* | --- |
* | "the client goes silent" |
*
* @param {Fault_Detailclientgoessilent3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailclientgoessilent3 = /** @type {((inputs?: Fault_Detailclientgoessilent3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailclientgoessilent3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailclientgoessilent3(inputs)
	if (locale === "de") return de_fault_detailclientgoessilent3(inputs)
	return en_fault_detailclientgoessilent3(inputs)
});
export { fault_detailclientgoessilent3 as "fault_detailClientGoesSilent" }