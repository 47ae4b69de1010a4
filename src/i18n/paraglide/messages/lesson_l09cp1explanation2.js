/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp1explanation2Inputs */

const en_lesson_l09cp1explanation2 = /** @type {(inputs: Lesson_L09cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 1939 says it plainly: USER and PASS send the password in the clear, and RETR sends the mail the same way. Today PASS should be sent only inside TLS (RFC 8314), and many servers refuse it without TLS.`)
};

const es_lesson_l09cp1explanation2 = /** @type {(inputs: Lesson_L09cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 1939 lo dice sin rodeos: USER y PASS envían la contraseña en claro, y RETR envía el correo del mismo modo. Hoy PASS debería ir solo dentro de TLS (RFC 8314), y muchos servidores la rechazan sin él.`)
};

const de_lesson_l09cp1explanation2 = /** @type {(inputs: Lesson_L09cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 1939 sagt es ganz offen: USER und PASS senden das Passwort im Klartext, und RETR sendet die Mail genauso. Heute sollte PASS nur innerhalb von TLS gesendet werden (RFC 8314), und viele Server lehnen es ohne TLS ab.`)
};

/**
* | output |
* | --- |
* | "RFC 1939 says it plainly: USER and PASS send the password in the clear, and RETR sends the mail the same way. Today PASS should be sent only inside TLS (RFC ..." |
*
* @param {Lesson_L09cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp1explanation2 = /** @type {((inputs?: Lesson_L09cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l09cp1explanation2(inputs)
	return en_lesson_l09cp1explanation2(inputs)
});
export { lesson_l09cp1explanation2 as "lesson_l09Cp1Explanation" }