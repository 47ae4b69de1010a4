/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ h: NonNullable<unknown>, min: NonNullable<unknown> }} Compare_Timehours1Inputs */

const en_compare_timehours1 = /** @type {(inputs: Compare_Timehours1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.h} h ${i?.min} min`)
};

const es_compare_timehours1 = /** @type {(inputs: Compare_Timehours1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.h} h ${i?.min} min`)
};

const de_compare_timehours1 = /** @type {(inputs: Compare_Timehours1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.h} h ${i?.min} min`)
};

/**
* | output |
* | --- |
* | "{h} h {min} min" |
*
* @param {Compare_Timehours1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_timehours1 = /** @type {((inputs: Compare_Timehours1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Timehours1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_timehours1(inputs)
	if (locale === "de") return de_compare_timehours1(inputs)
	return en_compare_timehours1(inputs)
});
export { compare_timehours1 as "compare_timeHours" }