/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3explanation2Inputs */

const en_lesson_l12cp3explanation2 = /** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Challenge–response stops replay, but the challenge and the answer together let anyone check a guessed password without talking to the server. A short password such as tanstaaf falls quickly; a long random one does not. This is why cleartext and digest logins are being phased out for logins inside TLS.`)
};

/** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */
const es_lesson_l12cp3explanation2 = en_lesson_l12cp3explanation2;

/** @type {(inputs: Lesson_L12cp3explanation2Inputs) => LocalizedString} */
const de_lesson_l12cp3explanation2 = en_lesson_l12cp3explanation2;

/**
* | output |
* | --- |
* | "Challenge–response stops replay, but the challenge and the answer together let anyone check a guessed password without talking to the server. A short passwor..." |
*
* @param {Lesson_L12cp3explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3explanation2 = /** @type {((inputs?: Lesson_L12cp3explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3explanation2(inputs)
	if (locale === "de") return de_lesson_l12cp3explanation2(inputs)
	return en_lesson_l12cp3explanation2(inputs)
});
export { lesson_l12cp3explanation2 as "lesson_l12Cp3Explanation" }