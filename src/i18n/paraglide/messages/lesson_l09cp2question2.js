/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2question2Inputs */

const en_lesson_l09cp2question2 = /** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An eavesdropper records the login line the laptop is about to send (a digest, not the password), and everything after it. What can they get from this session?`)
};

/** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */
const es_lesson_l09cp2question2 = en_lesson_l09cp2question2;

/** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */
const de_lesson_l09cp2question2 = en_lesson_l09cp2question2;

/**
* | output |
* | --- |
* | "An eavesdropper records the login line the laptop is about to send (a digest, not the password), and everything after it. What can they get from this session?" |
*
* @param {Lesson_L09cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2question2 = /** @type {((inputs?: Lesson_L09cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2question2(inputs)
	if (locale === "de") return de_lesson_l09cp2question2(inputs)
	return en_lesson_l09cp2question2(inputs)
});
export { lesson_l09cp2question2 as "lesson_l09Cp2Question" }