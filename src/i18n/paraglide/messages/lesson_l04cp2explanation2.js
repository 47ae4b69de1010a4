/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp2explanation2Inputs */

const en_lesson_l04cp2explanation2 = /** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server committed at QUIT, so the messages are gone from the maildrop; the laptop's copies were durable before it sent DELE, so each message exists exactly once. A POP3 server never waits for the client to acknowledge a reply.`)
};

const es_lesson_l04cp2explanation2 = /** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor confirmó los borrados al recibir QUIT, así que los mensajes ya no están en el buzón; las copias del portátil ya estaban en disco antes de que enviara DELE, así que cada mensaje existe exactamente una vez. Un servidor POP3 nunca espera a que el cliente acuse recibo de una respuesta.`)
};

const de_lesson_l04cp2explanation2 = /** @type {(inputs: Lesson_L04cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat bei QUIT festgeschrieben, also sind die Nachrichten aus dem Postfach verschwunden; die Kopien des Laptops waren dauerhaft gespeichert, bevor er DELE sendete, also existiert jede Nachricht genau einmal. Ein POP3-Server wartet nie darauf, dass der Client eine Antwort quittiert.`)
};

/**
* | output |
* | --- |
* | "The server committed at QUIT, so the messages are gone from the maildrop; the laptop's copies were durable before it sent DELE, so each message exists exactl..." |
*
* @param {Lesson_L04cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp2explanation2 = /** @type {((inputs?: Lesson_L04cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l04cp2explanation2(inputs)
	return en_lesson_l04cp2explanation2(inputs)
});
export { lesson_l04cp2explanation2 as "lesson_l04Cp2Explanation" }