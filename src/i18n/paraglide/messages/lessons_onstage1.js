/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Lessons_Onstage1Inputs */

const en_lessons_onstage1 = /** @type {(inputs: Lessons_Onstage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lesson: ${i?.title}`)
};

const es_lessons_onstage1 = /** @type {(inputs: Lessons_Onstage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lección: ${i?.title}`)
};

const de_lessons_onstage1 = /** @type {(inputs: Lessons_Onstage1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lektion: ${i?.title}`)
};

/**
* | output |
* | --- |
* | "Lesson: {title}" |
*
* @param {Lessons_Onstage1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_onstage1 = /** @type {((inputs: Lessons_Onstage1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Onstage1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_onstage1(inputs)
	if (locale === "de") return de_lessons_onstage1(inputs)
	return en_lessons_onstage1(inputs)
});
export { lessons_onstage1 as "lessons_onStage" }