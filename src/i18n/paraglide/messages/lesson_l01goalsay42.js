/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01goalsay42Inputs */

const en_lesson_l01goalsay42 = /** @type {(inputs: Lesson_L01goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read a message: type RETR 1.`)
};

const es_lesson_l01goalsay42 = /** @type {(inputs: Lesson_L01goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lee un mensaje: escribe RETR 1.`)
};

const de_lesson_l01goalsay42 = /** @type {(inputs: Lesson_L01goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lies eine Nachricht: Tippe RETR 1.`)
};

/**
* | output |
* | --- |
* | "Read a message: type RETR 1." |
*
* @param {Lesson_L01goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01goalsay42 = /** @type {((inputs?: Lesson_L01goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01goalsay42(inputs)
	if (locale === "de") return de_lesson_l01goalsay42(inputs)
	return en_lesson_l01goalsay42(inputs)
});
export { lesson_l01goalsay42 as "lesson_l01GoalSay4" }