/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12variantapop2Inputs */

const en_lesson_l12variantapop2 = /** @type {(inputs: Lesson_L12variantapop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop logs in with APOP`)
};

const es_lesson_l12variantapop2 = /** @type {(inputs: Lesson_L12variantapop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil inicia sesión con APOP`)
};

const de_lesson_l12variantapop2 = /** @type {(inputs: Lesson_L12variantapop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop meldet sich mit APOP an`)
};

/**
* | output |
* | --- |
* | "Laptop logs in with APOP" |
*
* @param {Lesson_L12variantapop2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12variantapop2 = /** @type {((inputs?: Lesson_L12variantapop2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12variantapop2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12variantapop2(inputs)
	if (locale === "de") return de_lesson_l12variantapop2(inputs)
	return en_lesson_l12variantapop2(inputs)
});
export { lesson_l12variantapop2 as "lesson_l12VariantApop" }