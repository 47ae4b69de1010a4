/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp3question2Inputs */

const en_lesson_l12cp3question2 = /** @type {(inputs: Lesson_L12cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has sent a challenge ("+ " and base64). The laptop will answer with its user name and an HMAC-MD5 of the challenge keyed with the password. An eavesdropper records both. What can they do with the recording?`)
};

const es_lesson_l12cp3question2 = /** @type {(inputs: Lesson_L12cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor ha enviado un reto («+ » y base64). El portátil responderá con su nombre de usuario y un HMAC-MD5 del reto con la contraseña como clave. Un espía graba las dos cosas. ¿Qué puede hacer con la grabación?`)
};

const de_lesson_l12cp3question2 = /** @type {(inputs: Lesson_L12cp3question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server hat eine Challenge geschickt („+ “ und Base64). Der Laptop wird mit seinem Benutzernamen und einem HMAC-MD5 der Challenge antworten, mit dem Passwort als Schlüssel. Ein Lauscher zeichnet beides auf. Was kann er mit der Aufzeichnung anfangen?`)
};

/**
* | output |
* | --- |
* | "The server has sent a challenge (\"+ \" and base64). The laptop will answer with its user name and an HMAC-MD5 of the challenge keyed with the password. An eav..." |
*
* @param {Lesson_L12cp3question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp3question2 = /** @type {((inputs?: Lesson_L12cp3question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp3question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp3question2(inputs)
	if (locale === "de") return de_lesson_l12cp3question2(inputs)
	return en_lesson_l12cp3question2(inputs)
});
export { lesson_l12cp3question2 as "lesson_l12Cp3Question" }