/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13goalsay52Inputs */

const en_lesson_l13goalsay52 = /** @type {(inputs: Lesson_L13goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The messages should still be on the server at the end.`)
};

const es_lesson_l13goalsay52 = /** @type {(inputs: Lesson_L13goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Al final, los mensajes deberían seguir en el servidor.`)
};

const de_lesson_l13goalsay52 = /** @type {(inputs: Lesson_L13goalsay52Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Am Ende sollen die Nachrichten noch auf dem Server liegen.`)
};

/**
* | output |
* | --- |
* | "The messages should still be on the server at the end." |
*
* @param {Lesson_L13goalsay52Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13goalsay52 = /** @type {((inputs?: Lesson_L13goalsay52Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13goalsay52Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13goalsay52(inputs)
	if (locale === "de") return de_lesson_l13goalsay52(inputs)
	return en_lesson_l13goalsay52(inputs)
});
export { lesson_l13goalsay52 as "lesson_l13GoalSay5" }