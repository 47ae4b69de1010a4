/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03hint21Inputs */

const en_lesson_l03hint21 = /** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If the Outcome looks just like a run without a fault, the drop came too early (before any DELE) or too late (after QUIT was answered).`)
};

/** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */
const es_lesson_l03hint21 = en_lesson_l03hint21;

/** @type {(inputs: Lesson_L03hint21Inputs) => LocalizedString} */
const de_lesson_l03hint21 = en_lesson_l03hint21;

/**
* | output |
* | --- |
* | "If the Outcome looks just like a run without a fault, the drop came too early (before any DELE) or too late (after QUIT was answered)." |
*
* @param {Lesson_L03hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03hint21 = /** @type {((inputs?: Lesson_L03hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03hint21(inputs)
	if (locale === "de") return de_lesson_l03hint21(inputs)
	return en_lesson_l03hint21(inputs)
});
export { lesson_l03hint21 as "lesson_l03Hint2" }