/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02title1Inputs */

const en_lesson_l02title1 = /** @type {(inputs: Lesson_L02title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Two devices, one maildrop`)
};

const es_lesson_l02title1 = /** @type {(inputs: Lesson_L02title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dos dispositivos, un buzón`)
};

const de_lesson_l02title1 = /** @type {(inputs: Lesson_L02title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zwei Geräte, ein Postfach`)
};

/**
* | output |
* | --- |
* | "Two devices, one maildrop" |
*
* @param {Lesson_L02title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02title1 = /** @type {((inputs?: Lesson_L02title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02title1(inputs)
	if (locale === "de") return de_lesson_l02title1(inputs)
	return en_lesson_l02title1(inputs)
});
export { lesson_l02title1 as "lesson_l02Title" }