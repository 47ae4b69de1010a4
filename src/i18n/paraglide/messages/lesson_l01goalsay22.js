/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay22Inputs */

const en_lesson_l01goalsay22 = /** @type {(inputs: Lesson_L01goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask for the size of the maildrop: type STAT.`)
};

const es_lesson_l01goalsay22 = /** @type {(inputs: Lesson_L01goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pregunta cuánto ocupa el buzón: escribe STAT.`)
};

const de_lesson_l01goalsay22 = /** @type {(inputs: Lesson_L01goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Frag, wie groß das Postfach ist: Tippe STAT.`)
};

/**
* | output |
* | --- |
* | "Ask for the size of the maildrop: type STAT." |
*
* @param {Lesson_L01goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay22 = /** @type {((inputs?: Lesson_L01goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay22(inputs)
	if (locale === "de") return de_lesson_l01goalsay22(inputs)
	return en_lesson_l01goalsay22(inputs)
});
export { lesson_l01goalsay22 as "lesson_l01GoalSay2" }