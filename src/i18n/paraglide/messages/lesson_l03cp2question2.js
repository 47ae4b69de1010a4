/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03cp2question2Inputs */

const en_lesson_l03cp2question2 = /** @type {(inputs: Lesson_L03cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop polls again. It already holds durable copies of all three messages, and the server still has them. What will the Outcome count once this poll ends?`)
};

const es_lesson_l03cp2question2 = /** @type {(inputs: Lesson_L03cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil vuelve a consultar. Ya tiene en disco copias de los tres mensajes, y el servidor todavía los tiene. ¿Qué contará el Resultado cuando termine esta consulta?`)
};

const de_lesson_l03cp2question2 = /** @type {(inputs: Lesson_L03cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop ruft noch einmal ab. Er hat schon dauerhaft gespeicherte Kopien aller drei Nachrichten, und der Server hat sie auch noch. Was zählt das Ergebnis, wenn dieser Abruf zu Ende ist?`)
};

/**
* | output |
* | --- |
* | "The laptop polls again. It already holds durable copies of all three messages, and the server still has them. What will the Outcome count once this poll ends?" |
*
* @param {Lesson_L03cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03cp2question2 = /** @type {((inputs?: Lesson_L03cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03cp2question2(inputs)
	if (locale === "de") return de_lesson_l03cp2question2(inputs)
	return en_lesson_l03cp2question2(inputs)
});
export { lesson_l03cp2question2 as "lesson_l03Cp2Question" }