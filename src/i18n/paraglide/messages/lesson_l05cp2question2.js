/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L05cp2question2Inputs */

const en_lesson_l05cp2question2 = /** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has committed QUIT and removed the three messages. The laptop's copies are still only in memory. What happens if the laptop crashes now?`)
};

/** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */
const es_lesson_l05cp2question2 = en_lesson_l05cp2question2;

/** @type {(inputs: Lesson_L05cp2question2Inputs) => LocalizedString} */
const de_lesson_l05cp2question2 = en_lesson_l05cp2question2;

/**
* | output |
* | --- |
* | "The server has committed QUIT and removed the three messages. The laptop's copies are still only in memory. What happens if the laptop crashes now?" |
*
* @param {Lesson_L05cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l05cp2question2 = /** @type {((inputs?: Lesson_L05cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L05cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l05cp2question2(inputs)
	if (locale === "de") return de_lesson_l05cp2question2(inputs)
	return en_lesson_l05cp2question2(inputs)
});
export { lesson_l05cp2question2 as "lesson_l05Cp2Question" }