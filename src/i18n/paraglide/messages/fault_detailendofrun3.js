/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailendofrun3Inputs */

const en_fault_detailendofrun3 = /** @type {(inputs: Fault_Detailendofrun3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`end of the run`)
};

const es_fault_detailendofrun3 = /** @type {(inputs: Fault_Detailendofrun3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`fin de la ejecución`)
};

const de_fault_detailendofrun3 = /** @type {(inputs: Fault_Detailendofrun3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ende des Laufs`)
};

/**
* | output |
* | --- |
* | "end of the run" |
*
* @param {Fault_Detailendofrun3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailendofrun3 = /** @type {((inputs?: Fault_Detailendofrun3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailendofrun3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailendofrun3(inputs)
	if (locale === "de") return de_fault_detailendofrun3(inputs)
	return en_fault_detailendofrun3(inputs)
});
export { fault_detailendofrun3 as "fault_detailEndOfRun" }