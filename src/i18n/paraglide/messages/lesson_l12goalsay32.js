/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goalsay32Inputs */

const en_lesson_l12goalsay32 = /** @type {(inputs: Lesson_L12goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop still sends PASS.`)
};

const es_lesson_l12goalsay32 = /** @type {(inputs: Lesson_L12goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil todavía envía PASS.`)
};

const de_lesson_l12goalsay32 = /** @type {(inputs: Lesson_L12goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sendet noch PASS.`)
};

/**
* | output |
* | --- |
* | "The laptop still sends PASS." |
*
* @param {Lesson_L12goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goalsay32 = /** @type {((inputs?: Lesson_L12goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goalsay32(inputs)
	if (locale === "de") return de_lesson_l12goalsay32(inputs)
	return en_lesson_l12goalsay32(inputs)
});
export { lesson_l12goalsay32 as "lesson_l12GoalSay3" }