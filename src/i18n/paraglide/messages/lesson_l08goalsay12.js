/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08goalsay12Inputs */

const en_lesson_l08goalsay12 = /** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose POP1 in the protocol menu in the header.`)
};

/** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */
const es_lesson_l08goalsay12 = en_lesson_l08goalsay12;

/** @type {(inputs: Lesson_L08goalsay12Inputs) => LocalizedString} */
const de_lesson_l08goalsay12 = en_lesson_l08goalsay12;

/**
* | output |
* | --- |
* | "Choose POP1 in the protocol menu in the header." |
*
* @param {Lesson_L08goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08goalsay12 = /** @type {((inputs?: Lesson_L08goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08goalsay12(inputs)
	if (locale === "de") return de_lesson_l08goalsay12(inputs)
	return en_lesson_l08goalsay12(inputs)
});
export { lesson_l08goalsay12 as "lesson_l08GoalSay1" }