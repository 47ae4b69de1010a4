/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2explanation2Inputs */

const en_lesson_l06cp2explanation2 = /** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail left on the server piles up against its quota, so clients delete after N days, or when the user deletes a message locally; servers expire it too. Any device that polls less often than that misses mail, as in delete-on-download. RFC 1939 §8 calls leave-on-server a weak version of IMAP's model.`)
};

/** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l06cp2explanation2 = en_lesson_l06cp2explanation2;

/** @type {(inputs: Lesson_L06cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l06cp2explanation2 = en_lesson_l06cp2explanation2;

/**
* | output |
* | --- |
* | "Mail left on the server piles up against its quota, so clients delete after N days, or when the user deletes a message locally; servers expire it too. Any de..." |
*
* @param {Lesson_L06cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2explanation2 = /** @type {((inputs?: Lesson_L06cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l06cp2explanation2(inputs)
	return en_lesson_l06cp2explanation2(inputs)
});
export { lesson_l06cp2explanation2 as "lesson_l06Cp2Explanation" }