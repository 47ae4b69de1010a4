/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay22Inputs */

const en_lesson_l04goalsay22 = /** @type {(inputs: Lesson_L04goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop still got the reply to QUIT: cut the connection earlier, right after the server has read QUIT.`)
};

const es_lesson_l04goalsay22 = /** @type {(inputs: Lesson_L04goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil llegó a recibir la respuesta a QUIT: corta la conexión antes, justo después de que el servidor haya leído QUIT.`)
};

const de_lesson_l04goalsay22 = /** @type {(inputs: Lesson_L04goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop hat die Antwort auf QUIT noch bekommen: Trenne die Verbindung früher, direkt nachdem der Server QUIT gelesen hat.`)
};

/**
* | output |
* | --- |
* | "The laptop still got the reply to QUIT: cut the connection earlier, right after the server has read QUIT." |
*
* @param {Lesson_L04goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay22 = /** @type {((inputs?: Lesson_L04goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay22(inputs)
	if (locale === "de") return de_lesson_l04goalsay22(inputs)
	return en_lesson_l04goalsay22(inputs)
});
export { lesson_l04goalsay22 as "lesson_l04GoalSay2" }