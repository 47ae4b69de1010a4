/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goalsay12Inputs */

const en_lesson_l09goalsay12 = /** @type {(inputs: Lesson_L09goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the laptop has logged in.`)
};

const es_lesson_l09goalsay12 = /** @type {(inputs: Lesson_L09goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el portátil haya iniciado sesión.`)
};

const de_lesson_l09goalsay12 = /** @type {(inputs: Lesson_L09goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis sich der Laptop angemeldet hat.`)
};

/**
* | output |
* | --- |
* | "Play until the laptop has logged in." |
*
* @param {Lesson_L09goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goalsay12 = /** @type {((inputs?: Lesson_L09goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goalsay12(inputs)
	if (locale === "de") return de_lesson_l09goalsay12(inputs)
	return en_lesson_l09goalsay12(inputs)
});
export { lesson_l09goalsay12 as "lesson_l09GoalSay1" }