/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goal1Inputs */

const en_lesson_l04goal1 = /** @type {(inputs: Lesson_L04goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cut the connection after the server has read QUIT and before its reply reaches the laptop, and follow the messages to the second poll.`)
};

const es_lesson_l04goal1 = /** @type {(inputs: Lesson_L04goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corta la conexión cuando el servidor ya haya leído QUIT y antes de que su respuesta llegue al portátil, y sigue los mensajes hasta la segunda consulta.`)
};

const de_lesson_l04goal1 = /** @type {(inputs: Lesson_L04goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trenne die Verbindung, nachdem der Server QUIT gelesen hat und bevor seine Antwort beim Laptop ankommt, und verfolge die Nachrichten bis zum zweiten Abruf.`)
};

/**
* | output |
* | --- |
* | "Cut the connection after the server has read QUIT and before its reply reaches the laptop, and follow the messages to the second poll." |
*
* @param {Lesson_L04goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goal1 = /** @type {((inputs?: Lesson_L04goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goal1(inputs)
	if (locale === "de") return de_lesson_l04goal1(inputs)
	return en_lesson_l04goal1(inputs)
});
export { lesson_l04goal1 as "lesson_l04Goal" }