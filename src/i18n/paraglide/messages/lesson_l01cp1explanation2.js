/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp1explanation2Inputs */

const en_lesson_l01cp1explanation2 = /** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET can unmark it, and a session that ends any other way leaves it on the server.`)
};

const es_lesson_l01cp1explanation2 = /** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE solo marca el mensaje. El servidor elimina los mensajes marcados en el estado UPDATE, al que solo pasa cuando llega QUIT en TRANSACTION. Hasta entonces, RSET puede quitar la marca, y una sesión que termine de cualquier otra forma deja el mensaje en el servidor.`)
};

const de_lesson_l01cp1explanation2 = /** @type {(inputs: Lesson_L01cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE markiert die Nachricht nur. Der Server entfernt markierte Nachrichten im Zustand UPDATE, und den betritt er nur, wenn QUIT in TRANSACTION ankommt. Bis dahin kann RSET die Markierung aufheben, und eine Sitzung, die auf andere Weise endet, lässt die Nachricht auf dem Server.`)
};

/**
* | output |
* | --- |
* | "DELE only marks the message. The server removes marked messages in the UPDATE state, which it enters only when QUIT arrives in TRANSACTION. Until then RSET c..." |
*
* @param {Lesson_L01cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp1explanation2 = /** @type {((inputs?: Lesson_L01cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l01cp1explanation2(inputs)
	return en_lesson_l01cp1explanation2(inputs)
});
export { lesson_l01cp1explanation2 as "lesson_l01Cp1Explanation" }