/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp1question2Inputs */

const en_lesson_l14cp1question2 = /** @type {(inputs: Lesson_L14cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A new message has just arrived in the maildrop, in the middle of the laptop's session. Will the laptop download it in this session?`)
};

const es_lesson_l14cp1question2 = /** @type {(inputs: Lesson_L14cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acaba de llegar un mensaje nuevo al buzón, a mitad de la sesión del portátil. ¿Lo descargará el portátil en esta sesión?`)
};

const de_lesson_l14cp1question2 = /** @type {(inputs: Lesson_L14cp1question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gerade ist eine neue Nachricht im Postfach angekommen, mitten in der Sitzung des Laptops. Wird der Laptop sie in dieser Sitzung herunterladen?`)
};

/**
* | output |
* | --- |
* | "A new message has just arrived in the maildrop, in the middle of the laptop's session. Will the laptop download it in this session?" |
*
* @param {Lesson_L14cp1question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp1question2 = /** @type {((inputs?: Lesson_L14cp1question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp1question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp1question2(inputs)
	if (locale === "de") return de_lesson_l14cp1question2(inputs)
	return en_lesson_l14cp1question2(inputs)
});
export { lesson_l14cp1question2 as "lesson_l14Cp1Question" }