/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07goalsay12Inputs */

const en_lesson_l07goalsay12 = /** @type {(inputs: Lesson_L07goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This lesson is about a client that never sends UIDL: keep the client as it is.`)
};

const es_lesson_l07goalsay12 = /** @type {(inputs: Lesson_L07goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta lección trata de un cliente que nunca envía UIDL: deja el cliente como está.`)
};

const de_lesson_l07goalsay12 = /** @type {(inputs: Lesson_L07goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In dieser Lektion geht es um einen Client, der nie UIDL sendet: Lass den Client, wie er ist.`)
};

/**
* | output |
* | --- |
* | "This lesson is about a client that never sends UIDL: keep the client as it is." |
*
* @param {Lesson_L07goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07goalsay12 = /** @type {((inputs?: Lesson_L07goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07goalsay12(inputs)
	if (locale === "de") return de_lesson_l07goalsay12(inputs)
	return en_lesson_l07goalsay12(inputs)
});
export { lesson_l07goalsay12 as "lesson_l07GoalSay1" }