/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ dir: NonNullable<unknown>, seconds: NonNullable<unknown> }} Fault_Detailsegmentlost2Inputs */

const en_fault_detailsegmentlost2 = /** @type {(inputs: Fault_Detailsegmentlost2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a ${i?.dir} segment is lost; TCP resends it after ${i?.seconds} s`)
};

const es_fault_detailsegmentlost2 = /** @type {(inputs: Fault_Detailsegmentlost2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se pierde un segmento ${i?.dir}; TCP lo reenvía al cabo de ${i?.seconds} s`)
};

const de_fault_detailsegmentlost2 = /** @type {(inputs: Fault_Detailsegmentlost2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ein Segment ${i?.dir} geht verloren; TCP sendet es nach ${i?.seconds} s neu`)
};

/**
* | output |
* | --- |
* | "a {dir} segment is lost; TCP resends it after {seconds} s" |
*
* @param {Fault_Detailsegmentlost2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailsegmentlost2 = /** @type {((inputs: Fault_Detailsegmentlost2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailsegmentlost2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailsegmentlost2(inputs)
	if (locale === "de") return de_fault_detailsegmentlost2(inputs)
	return en_fault_detailsegmentlost2(inputs)
});
export { fault_detailsegmentlost2 as "fault_detailSegmentLost" }