/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goalsay22Inputs */

const en_lesson_l09goalsay22 = /** @type {(inputs: Lesson_L09goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop still sends PASS, with the password as typed. Change how it logs in.`)
};

const es_lesson_l09goalsay22 = /** @type {(inputs: Lesson_L09goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil sigue enviando PASS, con la contraseña tal como se escribió. Cambia su forma de iniciar sesión.`)
};

const de_lesson_l09goalsay22 = /** @type {(inputs: Lesson_L09goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop sendet immer noch PASS, mit dem Passwort so, wie es eingetippt wurde. Ändere, wie er sich anmeldet.`)
};

/**
* | output |
* | --- |
* | "The laptop still sends PASS, with the password as typed. Change how it logs in." |
*
* @param {Lesson_L09goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goalsay22 = /** @type {((inputs?: Lesson_L09goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goalsay22(inputs)
	if (locale === "de") return de_lesson_l09goalsay22(inputs)
	return en_lesson_l09goalsay22(inputs)
});
export { lesson_l09goalsay22 as "lesson_l09GoalSay2" }