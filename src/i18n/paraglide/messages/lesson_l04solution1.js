/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04solution1Inputs */

const en_lesson_l04solution1 = /** @type {(inputs: Lesson_L04solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause right after the server reads QUIT and drop the connection: the "+OK ... signing off" reply never arrives. The server has already removed the three messages in UPDATE; the laptop's copies were durable, so nothing is lost, and its second poll finds an empty maildrop.`)
};

const es_lesson_l04solution1 = /** @type {(inputs: Lesson_L04solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detente justo después de que el servidor lea QUIT y corta la conexión: la respuesta «+OK ... signing off» no llega nunca. El servidor ya ha eliminado los tres mensajes en UPDATE; las copias del portátil estaban en disco, así que no se pierde nada, y su segunda consulta encuentra un buzón vacío.`)
};

const de_lesson_l04solution1 = /** @type {(inputs: Lesson_L04solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halte direkt an, nachdem der Server QUIT gelesen hat, und trenne die Verbindung: Die Antwort „+OK ... signing off“ kommt nie an. Der Server hat die drei Nachrichten in UPDATE schon entfernt; die Kopien des Laptops waren dauerhaft gespeichert, also geht nichts verloren, und sein zweiter Abruf findet ein leeres Postfach.`)
};

/**
* | output |
* | --- |
* | "Pause right after the server reads QUIT and drop the connection: the \"+OK ... signing off\" reply never arrives. The server has already removed the three mess..." |
*
* @param {Lesson_L04solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04solution1 = /** @type {((inputs?: Lesson_L04solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04solution1(inputs)
	if (locale === "de") return de_lesson_l04solution1(inputs)
	return en_lesson_l04solution1(inputs)
});
export { lesson_l04solution1 as "lesson_l04Solution" }