/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09cp2choicemail3Inputs */

const en_lesson_l09cp2choicemail3 = /** @type {(inputs: Lesson_L09cp2choicemail3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The mail, the user name, and a challenge and digest pair to test password guesses against offline.`)
};

const es_lesson_l09cp2choicemail3 = /** @type {(inputs: Lesson_L09cp2choicemail3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El correo, el nombre de usuario y un par de reto y resumen con el que probar contraseñas sin conexión.`)
};

const de_lesson_l09cp2choicemail3 = /** @type {(inputs: Lesson_L09cp2choicemail3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Mail, den Benutzernamen und ein Paar aus Challenge und Hash, an dem er geratene Passwörter offline prüfen kann.`)
};

/**
* | output |
* | --- |
* | "The mail, the user name, and a challenge and digest pair to test password guesses against offline." |
*
* @param {Lesson_L09cp2choicemail3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09cp2choicemail3 = /** @type {((inputs?: Lesson_L09cp2choicemail3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09cp2choicemail3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09cp2choicemail3(inputs)
	if (locale === "de") return de_lesson_l09cp2choicemail3(inputs)
	return en_lesson_l09cp2choicemail3(inputs)
});
export { lesson_l09cp2choicemail3 as "lesson_l09Cp2ChoiceMail" }