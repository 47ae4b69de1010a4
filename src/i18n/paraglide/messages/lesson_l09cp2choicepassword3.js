/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2choicepassword3Inputs */

const en_lesson_l09cp2choicepassword3 = /** @type {(inputs: Lesson_L09cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password directly: MD5 is easy to reverse.`)
};

const es_lesson_l09cp2choicepassword3 = /** @type {(inputs: Lesson_L09cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La contraseña, directamente: MD5 es fácil de invertir.`)
};

const de_lesson_l09cp2choicepassword3 = /** @type {(inputs: Lesson_L09cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Direkt das Passwort: MD5 lässt sich leicht umkehren.`)
};

/**
* | output |
* | --- |
* | "The password directly: MD5 is easy to reverse." |
*
* @param {Lesson_L09cp2choicepassword3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2choicepassword3 = /** @type {((inputs?: Lesson_L09cp2choicepassword3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2choicepassword3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2choicepassword3(inputs)
	if (locale === "de") return de_lesson_l09cp2choicepassword3(inputs)
	return en_lesson_l09cp2choicepassword3(inputs)
});
export { lesson_l09cp2choicepassword3 as "lesson_l09Cp2ChoicePassword" }