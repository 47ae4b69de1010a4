/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp1question2Inputs */

const en_lesson_l07cp1question2 = /** @type {(inputs: Lesson_L07cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop polls again. It leaves mail on the server and never sends UIDL. What will it download?`)
};

const es_lesson_l07cp1question2 = /** @type {(inputs: Lesson_L07cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil vuelve a consultar. Deja el correo en el servidor y nunca envía UIDL. ¿Qué descargará?`)
};

const de_lesson_l07cp1question2 = /** @type {(inputs: Lesson_L07cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop ruft wieder ab. Er lässt Mail auf dem Server und sendet nie UIDL. Was wird er herunterladen?`)
};

/**
* | output |
* | --- |
* | "The laptop polls again. It leaves mail on the server and never sends UIDL. What will it download?" |
*
* @param {Lesson_L07cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp1question2 = /** @type {((inputs?: Lesson_L07cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp1question2(inputs)
	if (locale === "de") return de_lesson_l07cp1question2(inputs)
	return en_lesson_l07cp1question2(inputs)
});
export { lesson_l07cp1question2 as "lesson_l07Cp1Question" }