/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, detail: NonNullable<unknown> }} Describe_FaultInputs */

const en_describe_fault = /** @type {(inputs: Describe_FaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.detail}`)
};

const es_describe_fault = /** @type {(inputs: Describe_FaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.detail}`)
};

const de_describe_fault = /** @type {(inputs: Describe_FaultInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.detail}`)
};

/**
* | output |
* | --- |
* | "{fault}: {detail}" |
*
* @param {Describe_FaultInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const describe_fault = /** @type {((inputs: Describe_FaultInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_FaultInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_fault(inputs)
	if (locale === "de") return de_describe_fault(inputs)
	return en_describe_fault(inputs)
});