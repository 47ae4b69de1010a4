/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04cp1question2Inputs */

const en_lesson_l04cp1question2 = /** @type {(inputs: Lesson_L04cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has read QUIT. Suppose its +OK reply never reaches the laptop. What has happened to the three marked messages on the server?`)
};

const es_lesson_l04cp1question2 = /** @type {(inputs: Lesson_L04cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor ha leído QUIT. Supón que su respuesta +OK no llega nunca al portátil. ¿Qué ha pasado en el servidor con los tres mensajes marcados?`)
};

const de_lesson_l04cp1question2 = /** @type {(inputs: Lesson_L04cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat QUIT gelesen. Angenommen, sein +OK kommt nie beim Laptop an: Was ist auf dem Server mit den drei markierten Nachrichten geschehen?`)
};

/**
* | output |
* | --- |
* | "The server has read QUIT. Suppose its +OK reply never reaches the laptop. What has happened to the three marked messages on the server?" |
*
* @param {Lesson_L04cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04cp1question2 = /** @type {((inputs?: Lesson_L04cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04cp1question2(inputs)
	if (locale === "de") return de_lesson_l04cp1question2(inputs)
	return en_lesson_l04cp1question2(inputs)
});
export { lesson_l04cp1question2 as "lesson_l04Cp1Question" }