/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12solution1Inputs */

const en_lesson_l12solution1 = /** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in with AUTH CRAM-MD5 (RFC 2195): the server sends a challenge, and the client answers with its user name and an HMAC-MD5 of the challenge keyed with the password. Like APOP it cannot be replayed but a short password can be guessed offline; only TLS hides the session itself.`)
};

const es_lesson_l12solution1 = /** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con AUTH CRAM-MD5 (RFC 2195): el servidor envía un reto, y el cliente responde con su nombre de usuario y un HMAC-MD5 del reto con la contraseña como clave. Igual que con APOP, una respuesta grabada no sirve para volver a entrar, pero una contraseña corta se puede adivinar sin conexión; solo TLS oculta la sesión en sí.`)
};

const de_lesson_l12solution1 = /** @type {(inputs: Lesson_L12solution1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich mit AUTH CRAM-MD5 an (RFC 2195): Der Server schickt eine Challenge, und der Client antwortet mit seinem Benutzernamen und einem HMAC-MD5 der Challenge mit dem Passwort als Schlüssel. Wie bei APOP lässt sich eine mitgeschnittene Antwort nicht wieder einspielen, aber ein kurzes Passwort lässt sich offline erraten; nur TLS verbirgt die Sitzung selbst.`)
};

/**
* | output |
* | --- |
* | "Log in with AUTH CRAM-MD5 (RFC 2195): the server sends a challenge, and the client answers with its user name and an HMAC-MD5 of the challenge keyed with the..." |
*
* @param {Lesson_L12solution1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12solution1 = /** @type {((inputs?: Lesson_L12solution1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12solution1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12solution1(inputs)
	if (locale === "de") return de_lesson_l12solution1(inputs)
	return en_lesson_l12solution1(inputs)
});
export { lesson_l12solution1 as "lesson_l12Solution" }