/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goal1Inputs */

const en_lesson_l15goal1 = /** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change the laptop so that a crash at the moment the map marked in red costs nothing, and show it by crashing it there.`)
};

/** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */
const es_lesson_l15goal1 = en_lesson_l15goal1;

/** @type {(inputs: Lesson_L15goal1Inputs) => LocalizedString} */
const de_lesson_l15goal1 = en_lesson_l15goal1;

/**
* | output |
* | --- |
* | "Change the laptop so that a crash at the moment the map marked in red costs nothing, and show it by crashing it there." |
*
* @param {Lesson_L15goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goal1 = /** @type {((inputs?: Lesson_L15goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goal1(inputs)
	if (locale === "de") return de_lesson_l15goal1(inputs)
	return en_lesson_l15goal1(inputs)
});
export { lesson_l15goal1 as "lesson_l15Goal" }