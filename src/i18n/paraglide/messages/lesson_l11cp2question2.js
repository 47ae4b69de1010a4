/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp2question2Inputs */

const en_lesson_l11cp2question2 = /** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day 20: the phone polls for the first time. It also leaves mail on the server. What does it find?`)
};

/** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */
const es_lesson_l11cp2question2 = en_lesson_l11cp2question2;

/** @type {(inputs: Lesson_L11cp2question2Inputs) => LocalizedString} */
const de_lesson_l11cp2question2 = en_lesson_l11cp2question2;

/**
* | output |
* | --- |
* | "Day 20: the phone polls for the first time. It also leaves mail on the server. What does it find?" |
*
* @param {Lesson_L11cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp2question2 = /** @type {((inputs?: Lesson_L11cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp2question2(inputs)
	if (locale === "de") return de_lesson_l11cp2question2(inputs)
	return en_lesson_l11cp2question2(inputs)
});
export { lesson_l11cp2question2 as "lesson_l11Cp2Question" }