/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown>, fromWords: NonNullable<unknown> }} Faultmap_Rangeone1Inputs */

const en_faultmap_rangeone1 = /** @type {(inputs: Faultmap_Rangeone1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`step ${i?.from}, after ${i?.fromWords}`)
};

const es_faultmap_rangeone1 = /** @type {(inputs: Faultmap_Rangeone1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`paso ${i?.from}, tras ${i?.fromWords}`)
};

const de_faultmap_rangeone1 = /** @type {(inputs: Faultmap_Rangeone1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.from}, nach ${i?.fromWords}`)
};

/**
* | output |
* | --- |
* | "step {from}, after {fromWords}" |
*
* @param {Faultmap_Rangeone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_rangeone1 = /** @type {((inputs: Faultmap_Rangeone1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Rangeone1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_rangeone1(inputs)
	if (locale === "de") return de_faultmap_rangeone1(inputs)
	return en_faultmap_rangeone1(inputs)
});
export { faultmap_rangeone1 as "faultmap_rangeOne" }