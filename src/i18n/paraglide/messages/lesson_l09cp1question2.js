/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1question2Inputs */

const en_lesson_l09cp1question2 = /** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop is about to send PASS. What will someone recording the channel read in it?`)
};

/** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */
const es_lesson_l09cp1question2 = en_lesson_l09cp1question2;

/** @type {(inputs: Lesson_L09cp1question2Inputs) => LocalizedString} */
const de_lesson_l09cp1question2 = en_lesson_l09cp1question2;

/**
* | output |
* | --- |
* | "The laptop is about to send PASS. What will someone recording the channel read in it?" |
*
* @param {Lesson_L09cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1question2 = /** @type {((inputs?: Lesson_L09cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1question2(inputs)
	if (locale === "de") return de_lesson_l09cp1question2(inputs)
	return en_lesson_l09cp1question2(inputs)
});
export { lesson_l09cp1question2 as "lesson_l09Cp1Question" }