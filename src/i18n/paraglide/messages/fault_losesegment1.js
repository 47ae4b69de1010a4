/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Losesegment1Inputs */

const en_fault_losesegment1 = /** @type {(inputs: Fault_Losesegment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment lost (TCP resends it)`)
};

const es_fault_losesegment1 = /** @type {(inputs: Fault_Losesegment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se pierde un segmento (TCP lo reenvía)`)
};

const de_fault_losesegment1 = /** @type {(inputs: Fault_Losesegment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment verloren (TCP sendet es neu)`)
};

/**
* | output |
* | --- |
* | "Segment lost (TCP resends it)" |
*
* @param {Fault_Losesegment1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_losesegment1 = /** @type {((inputs?: Fault_Losesegment1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Losesegment1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_losesegment1(inputs)
	if (locale === "de") return de_fault_losesegment1(inputs)
	return en_fault_losesegment1(inputs)
});
export { fault_losesegment1 as "fault_loseSegment" }