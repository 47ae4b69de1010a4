/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detaillogsinnow3Inputs */

const en_fault_detaillogsinnow3 = /** @type {(inputs: Fault_Detaillogsinnow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`logs in now`)
};

const es_fault_detaillogsinnow3 = /** @type {(inputs: Fault_Detaillogsinnow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`inicia sesión ahora`)
};

const de_fault_detaillogsinnow3 = /** @type {(inputs: Fault_Detaillogsinnow3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`meldet sich jetzt an`)
};

/**
* | output |
* | --- |
* | "logs in now" |
*
* @param {Fault_Detaillogsinnow3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detaillogsinnow3 = /** @type {((inputs?: Fault_Detaillogsinnow3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detaillogsinnow3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detaillogsinnow3(inputs)
	if (locale === "de") return de_fault_detaillogsinnow3(inputs)
	return en_fault_detaillogsinnow3(inputs)
});
export { fault_detaillogsinnow3 as "fault_detailLogsInNow" }