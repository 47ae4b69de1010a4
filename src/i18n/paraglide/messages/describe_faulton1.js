/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, device: NonNullable<unknown>, detail: NonNullable<unknown> }} Describe_Faulton1Inputs */

const en_describe_faulton1 = /** @type {(inputs: Describe_Faulton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (${i?.device}): ${i?.detail}`)
};

const es_describe_faulton1 = /** @type {(inputs: Describe_Faulton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (${i?.device}): ${i?.detail}`)
};

const de_describe_faulton1 = /** @type {(inputs: Describe_Faulton1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} (${i?.device}): ${i?.detail}`)
};

/**
* | output |
* | --- |
* | "{fault} ({device}): {detail}" |
*
* @param {Describe_Faulton1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_faulton1 = /** @type {((inputs: Describe_Faulton1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Faulton1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_faulton1(inputs)
	if (locale === "de") return de_describe_faulton1(inputs)
	return en_describe_faulton1(inputs)
});
export { describe_faulton1 as "describe_faultOn" }