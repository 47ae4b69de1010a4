/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12variantcrammd53Inputs */

const en_lesson_l12variantcrammd53 = /** @type {(inputs: Lesson_L12variantcrammd53Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop logs in with AUTH CRAM-MD5`)
};

const es_lesson_l12variantcrammd53 = /** @type {(inputs: Lesson_L12variantcrammd53Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil inicia sesión con AUTH CRAM-MD5`)
};

const de_lesson_l12variantcrammd53 = /** @type {(inputs: Lesson_L12variantcrammd53Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop meldet sich mit AUTH CRAM-MD5 an`)
};

/**
* | output |
* | --- |
* | "Laptop logs in with AUTH CRAM-MD5" |
*
* @param {Lesson_L12variantcrammd53Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12variantcrammd53 = /** @type {((inputs?: Lesson_L12variantcrammd53Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12variantcrammd53Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12variantcrammd53(inputs)
	if (locale === "de") return de_lesson_l12variantcrammd53(inputs)
	return en_lesson_l12variantcrammd53(inputs)
});
export { lesson_l12variantcrammd53 as "lesson_l12VariantCramMd5" }