/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ text: NonNullable<unknown>, rfc: NonNullable<unknown> }} Narration_Withrfc1Inputs */

const en_narration_withrfc1 = /** @type {(inputs: Narration_Withrfc1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (${i?.rfc})`)
};

const es_narration_withrfc1 = /** @type {(inputs: Narration_Withrfc1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (${i?.rfc})`)
};

const de_narration_withrfc1 = /** @type {(inputs: Narration_Withrfc1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.text} (${i?.rfc})`)
};

/**
* | output |
* | --- |
* | "{text} ({rfc})" |
*
* @param {Narration_Withrfc1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_withrfc1 = /** @type {((inputs: Narration_Withrfc1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Withrfc1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_withrfc1(inputs)
	if (locale === "de") return de_narration_withrfc1(inputs)
	return en_narration_withrfc1(inputs)
});
export { narration_withrfc1 as "narration_withRfc" }