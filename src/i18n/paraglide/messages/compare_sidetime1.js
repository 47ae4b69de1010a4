/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ time: NonNullable<unknown> }} Compare_Sidetime1Inputs */

const en_compare_sidetime1 = /** @type {(inputs: Compare_Sidetime1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at ${i?.time}`)
};

const es_compare_sidetime1 = /** @type {(inputs: Compare_Sidetime1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`a los ${i?.time}`)
};

const de_compare_sidetime1 = /** @type {(inputs: Compare_Sidetime1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nach ${i?.time}`)
};

/**
* | output |
* | --- |
* | "at {time}" |
*
* @param {Compare_Sidetime1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_sidetime1 = /** @type {((inputs: Compare_Sidetime1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Sidetime1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_sidetime1(inputs)
	if (locale === "de") return de_compare_sidetime1(inputs)
	return en_compare_sidetime1(inputs)
});
export { compare_sidetime1 as "compare_sideTime" }