/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09goalsay42Inputs */

const en_lesson_l09goalsay42 = /** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN only base64-encodes the password: anyone on the channel can decode it. Choose a method that sends a digest.`)
};

const es_lesson_l09goalsay42 = /** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN solo codifica la contraseña en base64: cualquiera que esté en el canal puede decodificarla. Elige un método que envíe un resumen.`)
};

const de_lesson_l09goalsay42 = /** @type {(inputs: Lesson_L09goalsay42Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN kodiert das Passwort nur in Base64: Jeder auf dem Kanal kann es dekodieren. Wähle ein Verfahren, das einen Hash sendet.`)
};

/**
* | output |
* | --- |
* | "AUTH PLAIN only base64-encodes the password: anyone on the channel can decode it. Choose a method that sends a digest." |
*
* @param {Lesson_L09goalsay42Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09goalsay42 = /** @type {((inputs?: Lesson_L09goalsay42Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09goalsay42Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09goalsay42(inputs)
	if (locale === "de") return de_lesson_l09goalsay42(inputs)
	return en_lesson_l09goalsay42(inputs)
});
export { lesson_l09goalsay42 as "lesson_l09GoalSay4" }