/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ s: NonNullable<unknown> }} Compare_Timeseconds1Inputs */

const en_compare_timeseconds1 = /** @type {(inputs: Compare_Timeseconds1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s`)
};

const es_compare_timeseconds1 = /** @type {(inputs: Compare_Timeseconds1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s`)
};

const de_compare_timeseconds1 = /** @type {(inputs: Compare_Timeseconds1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.s} s`)
};

/**
* | output |
* | --- |
* | "{s} s" |
*
* @param {Compare_Timeseconds1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_timeseconds1 = /** @type {((inputs: Compare_Timeseconds1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Timeseconds1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timeseconds1(inputs)
	if (locale === "de") return de_compare_timeseconds1(inputs)
	return en_compare_timeseconds1(inputs)
});
export { compare_timeseconds1 as "compare_timeSeconds" }