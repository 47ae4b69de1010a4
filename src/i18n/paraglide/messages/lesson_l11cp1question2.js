/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L11cp1question2Inputs */

const en_lesson_l11cp1question2 = /** @type {(inputs: Lesson_L11cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Day 15: the laptop polls again. It has all three messages, saved on day 0, and its client is set to "at most 14 days". What will it do?`)
};

const es_lesson_l11cp1question2 = /** @type {(inputs: Lesson_L11cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Día 15: el portátil vuelve a consultar. Tiene los tres mensajes, guardados el día 0, y su cliente está configurado con «como máximo 14 días». ¿Qué hará?`)
};

const de_lesson_l11cp1question2 = /** @type {(inputs: Lesson_L11cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tag 15: Der Laptop ruft wieder ab. Er hat alle drei Nachrichten, gespeichert an Tag 0, und sein Client steht auf „Höchstens 14 Tage“. Was wird er tun?`)
};

/**
* | output |
* | --- |
* | "Day 15: the laptop polls again. It has all three messages, saved on day 0, and its client is set to \"at most 14 days\". What will it do?" |
*
* @param {Lesson_L11cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l11cp1question2 = /** @type {((inputs?: Lesson_L11cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L11cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l11cp1question2(inputs)
	if (locale === "de") return de_lesson_l11cp1question2(inputs)
	return en_lesson_l11cp1question2(inputs)
});
export { lesson_l11cp1question2 as "lesson_l11Cp1Question" }