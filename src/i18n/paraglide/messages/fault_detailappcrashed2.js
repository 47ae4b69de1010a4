/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailappcrashed2Inputs */

const en_fault_detailappcrashed2 = /** @type {(inputs: Fault_Detailappcrashed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the client app crashed`)
};

const es_fault_detailappcrashed2 = /** @type {(inputs: Fault_Detailappcrashed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el programa cliente se colgó`)
};

const de_fault_detailappcrashed2 = /** @type {(inputs: Fault_Detailappcrashed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Mailprogramm ist abgestürzt`)
};

/**
* | output |
* | --- |
* | "the client app crashed" |
*
* @param {Fault_Detailappcrashed2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailappcrashed2 = /** @type {((inputs?: Fault_Detailappcrashed2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailappcrashed2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailappcrashed2(inputs)
	if (locale === "de") return de_fault_detailappcrashed2(inputs)
	return en_fault_detailappcrashed2(inputs)
});
export { fault_detailappcrashed2 as "fault_detailAppCrashed" }