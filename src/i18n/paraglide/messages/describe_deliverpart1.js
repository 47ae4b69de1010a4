/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ octets: NonNullable<unknown>, offset: NonNullable<unknown> }} Describe_Deliverpart1Inputs */

const en_describe_deliverpart1 = /** @type {(inputs: Describe_Deliverpart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.octets} more octets arrive (from octet ${i?.offset}).`)
};

const es_describe_deliverpart1 = /** @type {(inputs: Describe_Deliverpart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Llegan ${i?.octets} octetos más (desde el octeto ${i?.offset}).`)
};

const de_describe_deliverpart1 = /** @type {(inputs: Describe_Deliverpart1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.octets} weitere Oktette kommen an (ab Oktett ${i?.offset}).`)
};

/**
* | output |
* | --- |
* | "{octets} more octets arrive (from octet {offset})." |
*
* @param {Describe_Deliverpart1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_deliverpart1 = /** @type {((inputs: Describe_Deliverpart1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Deliverpart1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_deliverpart1(inputs)
	if (locale === "de") return de_describe_deliverpart1(inputs)
	return en_describe_deliverpart1(inputs)
});
export { describe_deliverpart1 as "describe_deliverPart" }