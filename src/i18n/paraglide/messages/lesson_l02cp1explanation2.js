/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp1explanation2Inputs */

const en_lesson_l02cp1explanation2 = /** @type {(inputs: Lesson_L02cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server keeps one maildrop per user, not one per device. QUIT commits the laptop's DELE marks in UPDATE, so the messages are gone for every other client: the phone has a gap (nothing is lost; the laptop has the copies). POP3 was designed for download-and-delete to one client; several devices need leave-on-server, or IMAP.`)
};

const es_lesson_l02cp1explanation2 = /** @type {(inputs: Lesson_L02cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor tiene un buzón por usuario, no uno por dispositivo. QUIT hace efectivas en UPDATE las marcas que puso el portátil con DELE, así que los mensajes desaparecen para cualquier otro cliente: el móvil tiene un hueco (no se pierde nada; las copias las tiene el portátil). POP3 se diseñó para que un solo cliente descargue y borre; con varios dispositivos hace falta dejar el correo en el servidor, o IMAP.`)
};

const de_lesson_l02cp1explanation2 = /** @type {(inputs: Lesson_L02cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server führt ein Postfach pro Benutzer, nicht eines pro Gerät. QUIT schreibt in UPDATE die Markierungen fest, die der Laptop mit DELE gesetzt hat, also sind die Nachrichten für jeden anderen Client verschwunden: Das Handy hat eine Lücke (verloren ist nichts, die Kopien hat der Laptop). POP3 wurde für einen einzigen Client entworfen, der herunterlädt und löscht; mehrere Geräte brauchen „auf dem Server lassen“ oder IMAP.`)
};

/**
* | output |
* | --- |
* | "The server keeps one maildrop per user, not one per device. QUIT commits the laptop's DELE marks in UPDATE, so the messages are gone for every other client: ..." |
*
* @param {Lesson_L02cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp1explanation2 = /** @type {((inputs?: Lesson_L02cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l02cp1explanation2(inputs)
	return en_lesson_l02cp1explanation2(inputs)
});
export { lesson_l02cp1explanation2 as "lesson_l02Cp1Explanation" }