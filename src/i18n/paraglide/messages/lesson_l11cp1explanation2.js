/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1explanation2Inputs */

const en_lesson_l11cp1explanation2 = /** @type {(inputs: Lesson_L11cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client remembers the day it first saw each UID and, once the limit has passed, deletes the message from the server with DELE, committed by QUIT. The server does what it is told: it cannot know another device has not read the mail yet.`)
};

const es_lesson_l11cp1explanation2 = /** @type {(inputs: Lesson_L11cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente recuerda el día en que vio cada UID por primera vez y, cuando se cumple el plazo, borra el mensaje del servidor con DELE, confirmado con QUIT. El servidor hace lo que se le pide: no puede saber que otro dispositivo todavía no ha leído ese correo.`)
};

const de_lesson_l11cp1explanation2 = /** @type {(inputs: Lesson_L11cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client merkt sich, an welchem Tag er jede UID zum ersten Mal gesehen hat, und löscht die Nachricht nach Ablauf der Frist mit DELE vom Server, festgeschrieben durch QUIT. Der Server tut, was man ihm sagt: Er kann nicht wissen, dass ein anderes Gerät die Mail noch nicht gelesen hat.`)
};

/**
* | output |
* | --- |
* | "The client remembers the day it first saw each UID and, once the limit has passed, deletes the message from the server with DELE, committed by QUIT. The serv..." |
*
* @param {Lesson_L11cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1explanation2 = /** @type {((inputs?: Lesson_L11cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l11cp1explanation2(inputs)
	return en_lesson_l11cp1explanation2(inputs)
});
export { lesson_l11cp1explanation2 as "lesson_l11Cp1Explanation" }