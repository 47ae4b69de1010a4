/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14goalsay22Inputs */

const en_lesson_l14goalsay22 = /** @type {(inputs: Lesson_L14goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the new message arrives.`)
};

const es_lesson_l14goalsay22 = /** @type {(inputs: Lesson_L14goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que llegue el mensaje nuevo.`)
};

const de_lesson_l14goalsay22 = /** @type {(inputs: Lesson_L14goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis die neue Nachricht ankommt.`)
};

/**
* | output |
* | --- |
* | "Play until the new message arrives." |
*
* @param {Lesson_L14goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14goalsay22 = /** @type {((inputs?: Lesson_L14goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14goalsay22(inputs)
	if (locale === "de") return de_lesson_l14goalsay22(inputs)
	return en_lesson_l14goalsay22(inputs)
});
export { lesson_l14goalsay22 as "lesson_l14GoalSay2" }