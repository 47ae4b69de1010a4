/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2explanation2Inputs */

const en_lesson_l12cp2explanation2 = /** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PLAIN sends "\\0alice\\0tanstaaf" in base64: an encoding, not a secret. It is meant to be used inside TLS only, and servers refuse it without TLS unless told otherwise (this simulated server accepts it, so you can see it).`)
};

/** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */
const es_lesson_l12cp2explanation2 = en_lesson_l12cp2explanation2;

/** @type {(inputs: Lesson_L12cp2explanation2Inputs) => LocalizedString} */
const de_lesson_l12cp2explanation2 = en_lesson_l12cp2explanation2;

/**
* | output |
* | --- |
* | "PLAIN sends \"\\0alice\\0tanstaaf\" in base64: an encoding, not a secret. It is meant to be used inside TLS only, and servers refuse it without TLS unless told o..." |
*
* @param {Lesson_L12cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2explanation2 = /** @type {((inputs?: Lesson_L12cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l12cp2explanation2(inputs)
	return en_lesson_l12cp2explanation2(inputs)
});
export { lesson_l12cp2explanation2 as "lesson_l12Cp2Explanation" }