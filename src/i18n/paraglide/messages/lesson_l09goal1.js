/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goal1Inputs */

const en_lesson_l09goal1 = /** @type {(inputs: Lesson_L09goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in without ever putting the password on the wire, and read the mail.`)
};

const es_lesson_l09goal1 = /** @type {(inputs: Lesson_L09goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión sin poner nunca la contraseña en la línea, y lee el correo.`)
};

const de_lesson_l09goal1 = /** @type {(inputs: Lesson_L09goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich an, ohne das Passwort jemals über die Leitung zu schicken, und lies die Mail.`)
};

/**
* | output |
* | --- |
* | "Log in without ever putting the password on the wire, and read the mail." |
*
* @param {Lesson_L09goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goal1 = /** @type {((inputs?: Lesson_L09goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goal1(inputs)
	if (locale === "de") return de_lesson_l09goal1(inputs)
	return en_lesson_l09goal1(inputs)
});
export { lesson_l09goal1 as "lesson_l09Goal" }