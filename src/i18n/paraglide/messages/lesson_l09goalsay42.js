/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goalsay42Inputs */

const en_lesson_l09goalsay42 = /** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN only base64-encodes the password: anyone on the channel can decode it. Choose a method that sends a digest.`)
};

/** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */
const es_lesson_l09goalsay42 = en_lesson_l09goalsay42;

/** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */
const de_lesson_l09goalsay42 = en_lesson_l09goalsay42;

/**
* | output |
* | --- |
* | "AUTH PLAIN only base64-encodes the password: anyone on the channel can decode it. Choose a method that sends a digest." |
*
* @param {Lesson_L09goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goalsay42 = /** @type {((inputs?: Lesson_L09goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goalsay42(inputs)
	if (locale === "de") return de_lesson_l09goalsay42(inputs)
	return en_lesson_l09goalsay42(inputs)
});
export { lesson_l09goalsay42 as "lesson_l09GoalSay4" }