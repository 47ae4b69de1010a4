/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2question2Inputs */

const en_lesson_l14cp2question2 = /** @type {(inputs: Lesson_L14cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop took the three old messages and QUIT. Now the phone sends DELE 1, meaning "Lunch on Friday?", message 1 yesterday. What will it remove?`)
};

const es_lesson_l14cp2question2 = /** @type {(inputs: Lesson_L14cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil se llevó los tres mensajes antiguos y envió QUIT. Ahora el móvil envía DELE 1, pensando en «Lunch on Friday?», que ayer era el mensaje 1. ¿Qué eliminará?`)
};

const de_lesson_l14cp2question2 = /** @type {(inputs: Lesson_L14cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop hat die drei alten Nachrichten geholt und QUIT gesendet. Jetzt sendet das Handy DELE 1 und meint damit „Lunch on Friday?“, gestern Nachricht 1. Was wird es entfernen?`)
};

/**
* | output |
* | --- |
* | "The laptop took the three old messages and QUIT. Now the phone sends DELE 1, meaning \"Lunch on Friday?\", message 1 yesterday. What will it remove?" |
*
* @param {Lesson_L14cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2question2 = /** @type {((inputs?: Lesson_L14cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2question2(inputs)
	if (locale === "de") return de_lesson_l14cp2question2(inputs)
	return en_lesson_l14cp2question2(inputs)
});
export { lesson_l14cp2question2 as "lesson_l14Cp2Question" }