/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, s: NonNullable<unknown> }} Compare_Timeminutes1Inputs */

const en_compare_timeminutes1 = /** @type {(inputs: Compare_Timeminutes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} min ${i?.s} s`)
};

const es_compare_timeminutes1 = /** @type {(inputs: Compare_Timeminutes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} min ${i?.s} s`)
};

const de_compare_timeminutes1 = /** @type {(inputs: Compare_Timeminutes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} min ${i?.s} s`)
};

/**
* | output |
* | --- |
* | "{min} min {s} s" |
*
* @param {Compare_Timeminutes1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_timeminutes1 = /** @type {((inputs: Compare_Timeminutes1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Timeminutes1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timeminutes1(inputs)
	if (locale === "de") return de_compare_timeminutes1(inputs)
	return en_compare_timeminutes1(inputs)
});
export { compare_timeminutes1 as "compare_timeMinutes" }