/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1explanation2Inputs */

const en_lesson_l14cp1explanation2 = /** @type {(inputs: Lesson_L14cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 session numbers the messages at login and keeps that list until it ends; there is no way to tell a connected client about new mail (RFC 1939 §8 leaves that to a new session). The mail server still accepts the message and files it in the maildrop.`)
};

const es_lesson_l14cp1explanation2 = /** @type {(inputs: Lesson_L14cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una sesión POP3 numera los mensajes al iniciar sesión y conserva esa lista hasta que termina; no hay forma de avisar a un cliente conectado de que hay correo nuevo (la RFC 1939 §8 deja eso para una nueva sesión). El servidor de correo sigue aceptando el mensaje y lo deja en el buzón.`)
};

const de_lesson_l14cp1explanation2 = /** @type {(inputs: Lesson_L14cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine POP3-Sitzung nummeriert die Nachrichten bei der Anmeldung und behält diese Liste bis zu ihrem Ende; es gibt keinen Weg, einem verbundenen Client neue Mail zu melden (RFC 1939 §8 überlässt das einer neuen Sitzung). Der Mailserver nimmt die Nachricht trotzdem an und legt sie ins Postfach.`)
};

/**
* | output |
* | --- |
* | "A POP3 session numbers the messages at login and keeps that list until it ends; there is no way to tell a connected client about new mail (RFC 1939 §8 leaves..." |
*
* @param {Lesson_L14cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1explanation2 = /** @type {((inputs?: Lesson_L14cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l14cp1explanation2(inputs)
	return en_lesson_l14cp1explanation2(inputs)
});
export { lesson_l14cp1explanation2 as "lesson_l14Cp1Explanation" }