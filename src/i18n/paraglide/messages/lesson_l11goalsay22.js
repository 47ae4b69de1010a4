/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11goalsay22Inputs */

const en_lesson_l11goalsay22 = /** @type {(inputs: Lesson_L11goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The phone still misses mail. Try the laptop with another setting.`)
};

const es_lesson_l11goalsay22 = /** @type {(inputs: Lesson_L11goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Al móvil todavía le falta correo. Prueba el portátil con otro ajuste.`)
};

const de_lesson_l11goalsay22 = /** @type {(inputs: Lesson_L11goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dem Handy fehlt noch Mail. Probiere den Laptop mit einer anderen Einstellung.`)
};

/**
* | output |
* | --- |
* | "The phone still misses mail. Try the laptop with another setting." |
*
* @param {Lesson_L11goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11goalsay22 = /** @type {((inputs?: Lesson_L11goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11goalsay22(inputs)
	if (locale === "de") return de_lesson_l11goalsay22(inputs)
	return en_lesson_l11goalsay22(inputs)
});
export { lesson_l11goalsay22 as "lesson_l11GoalSay2" }