/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay52Inputs */

const en_lesson_l04goalsay52 = /** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail was lost: this run has another fault in it. Press Reset and try with the one drop only.`)
};

/** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */
const es_lesson_l04goalsay52 = en_lesson_l04goalsay52;

/** @type {(inputs: Lesson_L04goalsay52Inputs) => LocalizedString} */
const de_lesson_l04goalsay52 = en_lesson_l04goalsay52;

/**
* | output |
* | --- |
* | "Mail was lost: this run has another fault in it. Press Reset and try with the one drop only." |
*
* @param {Lesson_L04goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay52 = /** @type {((inputs?: Lesson_L04goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay52(inputs)
	if (locale === "de") return de_lesson_l04goalsay52(inputs)
	return en_lesson_l04goalsay52(inputs)
});
export { lesson_l04goalsay52 as "lesson_l04GoalSay5" }