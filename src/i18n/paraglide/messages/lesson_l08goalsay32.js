/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08goalsay32Inputs */

const en_lesson_l08goalsay32 = /** @type {(inputs: Lesson_L08goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the POP1 session to its end.`)
};

const es_lesson_l08goalsay32 = /** @type {(inputs: Lesson_L08goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce la sesión POP1 hasta el final.`)
};

const de_lesson_l08goalsay32 = /** @type {(inputs: Lesson_L08goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel die POP1-Sitzung bis zum Ende ab.`)
};

/**
* | output |
* | --- |
* | "Play the POP1 session to its end." |
*
* @param {Lesson_L08goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08goalsay32 = /** @type {((inputs?: Lesson_L08goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08goalsay32(inputs)
	if (locale === "de") return de_lesson_l08goalsay32(inputs)
	return en_lesson_l08goalsay32(inputs)
});
export { lesson_l08goalsay32 as "lesson_l08GoalSay3" }