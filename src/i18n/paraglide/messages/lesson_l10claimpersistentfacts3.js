/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimpersistentfacts3Inputs */

const en_lesson_l10claimpersistentfacts3 = /** @type {(inputs: Lesson_L10claimpersistentfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every version runs many commands over one connection. None is built for long-lived sessions: POP3 holds an exclusive lock for the session, fixes the message list at login, and allows an autologout timer of at least 10 minutes; clients reconnect to check for new mail.`)
};

const es_lesson_l10claimpersistentfacts3 = /** @type {(inputs: Lesson_L10claimpersistentfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todas las versiones envían muchas órdenes por una sola conexión. Ninguna está pensada para sesiones largas: POP3 mantiene un bloqueo exclusivo durante toda la sesión, fija la lista de mensajes al iniciar sesión y permite un temporizador de cierre automático de al menos 10 minutos; los clientes vuelven a conectarse para ver si hay correo nuevo.`)
};

const de_lesson_l10claimpersistentfacts3 = /** @type {(inputs: Lesson_L10claimpersistentfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Version schickt viele Befehle über eine Verbindung. Keine ist für langlebige Sitzungen gebaut: POP3 hält die ganze Sitzung über eine exklusive Sperre, legt die Nachrichtenliste bei der Anmeldung fest und erlaubt einen Timer für den Auto-Logout von mindestens 10 Minuten; Clients verbinden sich neu, um nach neuer Mail zu sehen.`)
};

/**
* | output |
* | --- |
* | "Every version runs many commands over one connection. None is built for long-lived sessions: POP3 holds an exclusive lock for the session, fixes the message ..." |
*
* @param {Lesson_L10claimpersistentfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimpersistentfacts3 = /** @type {((inputs?: Lesson_L10claimpersistentfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimpersistentfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimpersistentfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimpersistentfacts3(inputs)
	return en_lesson_l10claimpersistentfacts3(inputs)
});
export { lesson_l10claimpersistentfacts3 as "lesson_l10ClaimPersistentFacts" }