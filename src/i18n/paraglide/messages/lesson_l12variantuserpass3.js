/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12variantuserpass3Inputs */

const en_lesson_l12variantuserpass3 = /** @type {(inputs: Lesson_L12variantuserpass3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Laptop logs in with USER and PASS`)
};

const es_lesson_l12variantuserpass3 = /** @type {(inputs: Lesson_L12variantuserpass3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil inicia sesión con USER y PASS`)
};

const de_lesson_l12variantuserpass3 = /** @type {(inputs: Lesson_L12variantuserpass3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop meldet sich mit USER und PASS an`)
};

/**
* | output |
* | --- |
* | "Laptop logs in with USER and PASS" |
*
* @param {Lesson_L12variantuserpass3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12variantuserpass3 = /** @type {((inputs?: Lesson_L12variantuserpass3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12variantuserpass3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12variantuserpass3(inputs)
	if (locale === "de") return de_lesson_l12variantuserpass3(inputs)
	return en_lesson_l12variantuserpass3(inputs)
});
export { lesson_l12variantuserpass3 as "lesson_l12VariantUserPass" }