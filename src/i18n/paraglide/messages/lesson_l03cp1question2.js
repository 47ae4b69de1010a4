/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp1question2Inputs */

const en_lesson_l03cp1question2 = /** @type {(inputs: Lesson_L03cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop has saved all three messages and the server accepted DELE for each. What happens to message 2 on the server if the connection drops now?`)
};

const es_lesson_l03cp1question2 = /** @type {(inputs: Lesson_L03cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil ha guardado los tres mensajes y el servidor ha aceptado DELE para cada uno. ¿Qué le pasa al mensaje 2 en el servidor si la conexión se corta ahora?`)
};

const de_lesson_l03cp1question2 = /** @type {(inputs: Lesson_L03cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop hat alle drei Nachrichten gespeichert, und der Server hat DELE für jede angenommen. Was passiert mit Nachricht 2 auf dem Server, wenn die Verbindung jetzt abbricht?`)
};

/**
* | output |
* | --- |
* | "The laptop has saved all three messages and the server accepted DELE for each. What happens to message 2 on the server if the connection drops now?" |
*
* @param {Lesson_L03cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp1question2 = /** @type {((inputs?: Lesson_L03cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp1question2(inputs)
	if (locale === "de") return de_lesson_l03cp1question2(inputs)
	return en_lesson_l03cp1question2(inputs)
});
export { lesson_l03cp1question2 as "lesson_l03Cp1Question" }