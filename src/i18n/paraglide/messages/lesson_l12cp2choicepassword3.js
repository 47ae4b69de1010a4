/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp2choicepassword3Inputs */

const en_lesson_l12cp2choicepassword3 = /** @type {(inputs: Lesson_L12cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The user name and the password: it is only base64, which anyone can decode.`)
};

const es_lesson_l12cp2choicepassword3 = /** @type {(inputs: Lesson_L12cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El nombre de usuario y la contraseña: es solo base64, y cualquiera puede decodificarlo.`)
};

const de_lesson_l12cp2choicepassword3 = /** @type {(inputs: Lesson_L12cp2choicepassword3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Benutzername und Passwort: Das ist nur Base64, und das kann jeder dekodieren.`)
};

/**
* | output |
* | --- |
* | "The user name and the password: it is only base64, which anyone can decode." |
*
* @param {Lesson_L12cp2choicepassword3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp2choicepassword3 = /** @type {((inputs?: Lesson_L12cp2choicepassword3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp2choicepassword3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp2choicepassword3(inputs)
	if (locale === "de") return de_lesson_l12cp2choicepassword3(inputs)
	return en_lesson_l12cp2choicepassword3(inputs)
});
export { lesson_l12cp2choicepassword3 as "lesson_l12Cp2ChoicePassword" }