/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13cp3explanation2Inputs */

const en_lesson_l13cp3explanation2 = /** @type {(inputs: Lesson_L13cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP client must reconnect to see new mail; a session even fixes the list of messages at login. IMAP clients can stay connected and be told at once with IDLE (RFC 2177, now part of IMAP4rev2).`)
};

const es_lesson_l13cp3explanation2 = /** @type {(inputs: Lesson_L13cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un cliente POP tiene que volver a conectarse para ver el correo nuevo; es más, una sesión fija la lista de mensajes al iniciarse. Los clientes IMAP pueden quedarse conectados y enterarse al instante con IDLE (RFC 2177, hoy parte de IMAP4rev2).`)
};

const de_lesson_l13cp3explanation2 = /** @type {(inputs: Lesson_L13cp3explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP-Client muss sich neu verbinden, um neue Mail zu sehen; eine Sitzung legt die Liste der Nachrichten sogar schon bei der Anmeldung fest. IMAP-Clients können verbunden bleiben und erfahren es mit IDLE sofort (RFC 2177, heute Teil von IMAP4rev2).`)
};

/**
* | output |
* | --- |
* | "A POP client must reconnect to see new mail; a session even fixes the list of messages at login. IMAP clients can stay connected and be told at once with IDL..." |
*
* @param {Lesson_L13cp3explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13cp3explanation2 = /** @type {((inputs?: Lesson_L13cp3explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13cp3explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13cp3explanation2(inputs)
	if (locale === "de") return de_lesson_l13cp3explanation2(inputs)
	return en_lesson_l13cp3explanation2(inputs)
});
export { lesson_l13cp3explanation2 as "lesson_l13Cp3Explanation" }