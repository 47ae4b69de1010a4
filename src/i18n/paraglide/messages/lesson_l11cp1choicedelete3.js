/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1choicedelete3Inputs */

const en_lesson_l11cp1choicedelete3 = /** @type {(inputs: Lesson_L11cp1choicedelete3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send DELE for all three and QUIT: they have been on the server for more than 14 days.`)
};

const es_lesson_l11cp1choicedelete3 = /** @type {(inputs: Lesson_L11cp1choicedelete3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enviar DELE para los tres y QUIT: llevan más de 14 días en el servidor.`)
};

const de_lesson_l11cp1choicedelete3 = /** @type {(inputs: Lesson_L11cp1choicedelete3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`DELE für alle drei senden und QUIT: Sie liegen seit mehr als 14 Tagen auf dem Server.`)
};

/**
* | output |
* | --- |
* | "Send DELE for all three and QUIT: they have been on the server for more than 14 days." |
*
* @param {Lesson_L11cp1choicedelete3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1choicedelete3 = /** @type {((inputs?: Lesson_L11cp1choicedelete3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1choicedelete3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1choicedelete3(inputs)
	if (locale === "de") return de_lesson_l11cp1choicedelete3(inputs)
	return en_lesson_l11cp1choicedelete3(inputs)
});
export { lesson_l11cp1choicedelete3 as "lesson_l11Cp1ChoiceDelete" }