/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay52Inputs */

const en_lesson_l01goalsay52 = /** @type {(inputs: Lesson_L01goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ask the server to delete message 1: type DELE 1.`)
};

const es_lesson_l01goalsay52 = /** @type {(inputs: Lesson_L01goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pide al servidor que borre el mensaje 1: escribe DELE 1.`)
};

const de_lesson_l01goalsay52 = /** @type {(inputs: Lesson_L01goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte den Server, Nachricht 1 zu löschen: Tippe DELE 1.`)
};

/**
* | output |
* | --- |
* | "Ask the server to delete message 1: type DELE 1." |
*
* @param {Lesson_L01goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay52 = /** @type {((inputs?: Lesson_L01goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay52(inputs)
	if (locale === "de") return de_lesson_l01goalsay52(inputs)
	return en_lesson_l01goalsay52(inputs)
});
export { lesson_l01goalsay52 as "lesson_l01GoalSay5" }