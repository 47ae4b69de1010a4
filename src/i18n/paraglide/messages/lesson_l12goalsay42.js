/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goalsay42Inputs */

const en_lesson_l12goalsay42 = /** @type {(inputs: Lesson_L12goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the laptop has logged in.`)
};

const es_lesson_l12goalsay42 = /** @type {(inputs: Lesson_L12goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el portátil haya iniciado sesión.`)
};

const de_lesson_l12goalsay42 = /** @type {(inputs: Lesson_L12goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis der Laptop angemeldet ist.`)
};

/**
* | output |
* | --- |
* | "Play until the laptop has logged in." |
*
* @param {Lesson_L12goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goalsay42 = /** @type {((inputs?: Lesson_L12goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goalsay42(inputs)
	if (locale === "de") return de_lesson_l12goalsay42(inputs)
	return en_lesson_l12goalsay42(inputs)
});
export { lesson_l12goalsay42 as "lesson_l12GoalSay4" }