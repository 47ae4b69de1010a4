/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02cp2question2Inputs */

const en_lesson_l02cp2question2 = /** @type {(inputs: Lesson_L02cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Both devices now leave mail on the server. The phone is about to fetch messages the laptop fetched earlier. How does the phone know which messages it has not seen yet?`)
};

const es_lesson_l02cp2question2 = /** @type {(inputs: Lesson_L02cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ahora los dos dispositivos dejan el correo en el servidor. El móvil está a punto de descargar mensajes que el portátil ya descargó antes. ¿Cómo sabe el móvil qué mensajes no ha visto todavía?`)
};

const de_lesson_l02cp2question2 = /** @type {(inputs: Lesson_L02cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beide Geräte lassen die Mail jetzt auf dem Server. Das Handy holt gleich Nachrichten, die der Laptop schon früher geholt hat. Woher weiß das Handy, welche Nachrichten es noch nicht gesehen hat?`)
};

/**
* | output |
* | --- |
* | "Both devices now leave mail on the server. The phone is about to fetch messages the laptop fetched earlier. How does the phone know which messages it has not..." |
*
* @param {Lesson_L02cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02cp2question2 = /** @type {((inputs?: Lesson_L02cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02cp2question2(inputs)
	if (locale === "de") return de_lesson_l02cp2question2(inputs)
	return en_lesson_l02cp2question2(inputs)
});
export { lesson_l02cp2question2 as "lesson_l02Cp2Question" }