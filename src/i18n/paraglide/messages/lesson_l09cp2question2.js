/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2question2Inputs */

const en_lesson_l09cp2question2 = /** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An eavesdropper records the login line the laptop is about to send (a digest, not the password), and everything after it. What can they get from this session?`)
};

const es_lesson_l09cp2question2 = /** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un espía graba la línea de inicio de sesión que el portátil va a enviar (un resumen, no la contraseña) y todo lo que viene después. ¿Qué puede sacar de esta sesión?`)
};

const de_lesson_l09cp2question2 = /** @type {(inputs: Lesson_L09cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Lauscher zeichnet die Anmeldezeile auf, die der Laptop gleich sendet (ein Hash, nicht das Passwort), und alles danach. Was kann er aus dieser Sitzung gewinnen?`)
};

/**
* | output |
* | --- |
* | "An eavesdropper records the login line the laptop is about to send (a digest, not the password), and everything after it. What can they get from this session?" |
*
* @param {Lesson_L09cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2question2 = /** @type {((inputs?: Lesson_L09cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2question2(inputs)
	if (locale === "de") return de_lesson_l09cp2question2(inputs)
	return en_lesson_l09cp2question2(inputs)
});
export { lesson_l09cp2question2 as "lesson_l09Cp2Question" }