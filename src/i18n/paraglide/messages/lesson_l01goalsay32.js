/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay32Inputs */

const en_lesson_l01goalsay32 = /** @type {(inputs: Lesson_L01goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`List the messages: type LIST.`)
};

const es_lesson_l01goalsay32 = /** @type {(inputs: Lesson_L01goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lista los mensajes: escribe LIST.`)
};

const de_lesson_l01goalsay32 = /** @type {(inputs: Lesson_L01goalsay32Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Liste die Nachrichten auf: Tippe LIST.`)
};

/**
* | output |
* | --- |
* | "List the messages: type LIST." |
*
* @param {Lesson_L01goalsay32Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay32 = /** @type {((inputs?: Lesson_L01goalsay32Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay32Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay32(inputs)
	if (locale === "de") return de_lesson_l01goalsay32(inputs)
	return en_lesson_l01goalsay32(inputs)
});
export { lesson_l01goalsay32 as "lesson_l01GoalSay3" }