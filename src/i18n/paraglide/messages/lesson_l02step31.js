/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02step31Inputs */

const en_lesson_l02step31 = /** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Now change one setting so that both devices get every message, and play again.`)
};

/** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */
const es_lesson_l02step31 = en_lesson_l02step31;

/** @type {(inputs: Lesson_L02step31Inputs) => LocalizedString} */
const de_lesson_l02step31 = en_lesson_l02step31;

/**
* | output |
* | --- |
* | "Now change one setting so that both devices get every message, and play again." |
*
* @param {Lesson_L02step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02step31 = /** @type {((inputs?: Lesson_L02step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02step31(inputs)
	if (locale === "de") return de_lesson_l02step31(inputs)
	return en_lesson_l02step31(inputs)
});
export { lesson_l02step31 as "lesson_l02Step3" }