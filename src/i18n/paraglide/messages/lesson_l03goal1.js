/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03goal1Inputs */

const en_lesson_l03goal1 = /** @type {(inputs: Lesson_L03goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop the connection after the DELE commands and before QUIT, and follow the messages to the second poll.`)
};

const es_lesson_l03goal1 = /** @type {(inputs: Lesson_L03goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Corta la conexión después de las órdenes DELE y antes de QUIT, y sigue los mensajes hasta la segunda consulta.`)
};

const de_lesson_l03goal1 = /** @type {(inputs: Lesson_L03goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Trenne die Verbindung nach den DELE-Befehlen und vor QUIT, und verfolge die Nachrichten bis zum zweiten Abruf.`)
};

/**
* | output |
* | --- |
* | "Drop the connection after the DELE commands and before QUIT, and follow the messages to the second poll." |
*
* @param {Lesson_L03goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03goal1 = /** @type {((inputs?: Lesson_L03goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03goal1(inputs)
	if (locale === "de") return de_lesson_l03goal1(inputs)
	return en_lesson_l03goal1(inputs)
});
export { lesson_l03goal1 as "lesson_l03Goal" }