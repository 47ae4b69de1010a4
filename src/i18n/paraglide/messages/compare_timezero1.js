/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Timezero1Inputs */

const en_compare_timezero1 = /** @type {(inputs: Compare_Timezero1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`0 s`)
};

const es_compare_timezero1 = /** @type {(inputs: Compare_Timezero1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`0 s`)
};

const de_compare_timezero1 = /** @type {(inputs: Compare_Timezero1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`0 s`)
};

/**
* | output |
* | --- |
* | "0 s" |
*
* @param {Compare_Timezero1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_timezero1 = /** @type {((inputs?: Compare_Timezero1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Timezero1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timezero1(inputs)
	if (locale === "de") return de_compare_timezero1(inputs)
	return en_compare_timezero1(inputs)
});
export { compare_timezero1 as "compare_timeZero" }