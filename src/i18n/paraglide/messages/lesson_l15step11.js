/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15step11Inputs */

const en_lesson_l15step11 = /** @type {(inputs: Lesson_L15step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play until the laptop is about to send its first DELE, and answer the question.`)
};

const es_lesson_l15step11 = /** @type {(inputs: Lesson_L15step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reproduce hasta que el portátil esté a punto de enviar su primer DELE y responde a la pregunta.`)
};

const de_lesson_l15step11 = /** @type {(inputs: Lesson_L15step11Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Spiel ab, bis der Laptop gleich sein erstes DELE sendet, und beantworte die Frage.`)
};

/**
* | output |
* | --- |
* | "Play until the laptop is about to send its first DELE, and answer the question." |
*
* @param {Lesson_L15step11Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15step11 = /** @type {((inputs?: Lesson_L15step11Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15step11Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15step11(inputs)
	if (locale === "de") return de_lesson_l15step11(inputs)
	return en_lesson_l15step11(inputs)
});
export { lesson_l15step11 as "lesson_l15Step1" }