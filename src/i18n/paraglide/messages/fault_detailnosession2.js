/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailnosession2Inputs */

const en_fault_detailnosession2 = /** @type {(inputs: Fault_Detailnosession2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no session to idle`)
};

const es_fault_detailnosession2 = /** @type {(inputs: Fault_Detailnosession2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no hay sesión que dejar en espera`)
};

const de_fault_detailnosession2 = /** @type {(inputs: Fault_Detailnosession2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`keine Sitzung, die warten könnte`)
};

/**
* | output |
* | --- |
* | "no session to idle" |
*
* @param {Fault_Detailnosession2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailnosession2 = /** @type {((inputs?: Fault_Detailnosession2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailnosession2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailnosession2(inputs)
	if (locale === "de") return de_fault_detailnosession2(inputs)
	return en_fault_detailnosession2(inputs)
});
export { fault_detailnosession2 as "fault_detailNoSession" }