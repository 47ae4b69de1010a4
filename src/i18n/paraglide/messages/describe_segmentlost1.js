/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ octets: NonNullable<unknown> }} Describe_Segmentlost1Inputs */

const en_describe_segmentlost1 = /** @type {(inputs: Describe_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.octets} octets never arrive.`)
};

const es_describe_segmentlost1 = /** @type {(inputs: Describe_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.octets} octetos no llegan nunca.`)
};

const de_describe_segmentlost1 = /** @type {(inputs: Describe_Segmentlost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.octets} Oktette kommen nie an.`)
};

/**
* | output |
* | --- |
* | "{octets} octets never arrive." |
*
* @param {Describe_Segmentlost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_segmentlost1 = /** @type {((inputs: Describe_Segmentlost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Segmentlost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_segmentlost1(inputs)
	if (locale === "de") return de_describe_segmentlost1(inputs)
	return en_describe_segmentlost1(inputs)
});
export { describe_segmentlost1 as "describe_segmentLost" }