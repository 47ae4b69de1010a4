/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15title1Inputs */

const en_lesson_l15title1 = /** @type {(inputs: Lesson_L15title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Where is a crash dangerous?`)
};

const es_lesson_l15title1 = /** @type {(inputs: Lesson_L15title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Dónde es peligroso un cuelgue?`)
};

const de_lesson_l15title1 = /** @type {(inputs: Lesson_L15title1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wo ist ein Absturz gefährlich?`)
};

/**
* | output |
* | --- |
* | "Where is a crash dangerous?" |
*
* @param {Lesson_L15title1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15title1 = /** @type {((inputs?: Lesson_L15title1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15title1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15title1(inputs)
	if (locale === "de") return de_lesson_l15title1(inputs)
	return en_lesson_l15title1(inputs)
});
export { lesson_l15title1 as "lesson_l15Title" }