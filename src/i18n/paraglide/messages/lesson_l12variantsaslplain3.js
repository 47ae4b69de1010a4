/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12variantsaslplain3Inputs */

const en_lesson_l12variantsaslplain3 = /** @type {(inputs: Lesson_L12variantsaslplain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop logs in with AUTH PLAIN`)
};

const es_lesson_l12variantsaslplain3 = /** @type {(inputs: Lesson_L12variantsaslplain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil inicia sesión con AUTH PLAIN`)
};

const de_lesson_l12variantsaslplain3 = /** @type {(inputs: Lesson_L12variantsaslplain3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop meldet sich mit AUTH PLAIN an`)
};

/**
* | output |
* | --- |
* | "Laptop logs in with AUTH PLAIN" |
*
* @param {Lesson_L12variantsaslplain3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12variantsaslplain3 = /** @type {((inputs?: Lesson_L12variantsaslplain3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12variantsaslplain3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12variantsaslplain3(inputs)
	if (locale === "de") return de_lesson_l12variantsaslplain3(inputs)
	return en_lesson_l12variantsaslplain3(inputs)
});
export { lesson_l12variantsaslplain3 as "lesson_l12VariantSaslPlain" }