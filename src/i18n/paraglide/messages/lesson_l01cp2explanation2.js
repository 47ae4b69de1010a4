/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01cp2explanation2Inputs */

const en_lesson_l01cp2explanation2 = /** @type {(inputs: Lesson_L01cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A terminal is a person, not a mail client: it keeps no copy. POP3 trusts the client to have stored the message before it sends DELE and QUIT; the server keeps nothing after UPDATE. This is why real clients save durably first. Type QUIT and watch the ledger.`)
};

const es_lesson_l01cp2explanation2 = /** @type {(inputs: Lesson_L01cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un terminal no es un programa de correo: detrás hay una persona, y el terminal no guarda ninguna copia. POP3 confía en que el cliente haya guardado el mensaje antes de enviar DELE y QUIT; después de UPDATE, el servidor no conserva nada. Por eso los clientes reales guardan primero en disco. Escribe QUIT y mira el registro.`)
};

const de_lesson_l01cp2explanation2 = /** @type {(inputs: Lesson_L01cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Terminal ist kein Mailprogramm: Davor sitzt ein Mensch, und das Terminal behält keine Kopie. POP3 verlässt sich darauf, dass der Client die Nachricht gespeichert hat, bevor er DELE und QUIT sendet; nach UPDATE behält der Server nichts. Deshalb speichern echte Clients zuerst dauerhaft. Tippe QUIT und beobachte das Verbleibsbuch.`)
};

/**
* | output |
* | --- |
* | "A terminal is a person, not a mail client: it keeps no copy. POP3 trusts the client to have stored the message before it sends DELE and QUIT; the server keep..." |
*
* @param {Lesson_L01cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01cp2explanation2 = /** @type {((inputs?: Lesson_L01cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l01cp2explanation2(inputs)
	return en_lesson_l01cp2explanation2(inputs)
});
export { lesson_l01cp2explanation2 as "lesson_l01Cp2Explanation" }