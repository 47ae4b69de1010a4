/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goalsay22Inputs */

const en_lesson_l12goalsay22 = /** @type {(inputs: Lesson_L12goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN is still on the wire: its base64 decodes to the password.`)
};

const es_lesson_l12goalsay22 = /** @type {(inputs: Lesson_L12goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN sigue en la línea: su base64 se decodifica y da la contraseña.`)
};

const de_lesson_l12goalsay22 = /** @type {(inputs: Lesson_L12goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN ist noch auf der Leitung: Sein Base64 ergibt dekodiert das Passwort.`)
};

/**
* | output |
* | --- |
* | "AUTH PLAIN is still on the wire: its base64 decodes to the password." |
*
* @param {Lesson_L12goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goalsay22 = /** @type {((inputs?: Lesson_L12goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goalsay22(inputs)
	if (locale === "de") return de_lesson_l12goalsay22(inputs)
	return en_lesson_l12goalsay22(inputs)
});
export { lesson_l12goalsay22 as "lesson_l12GoalSay2" }