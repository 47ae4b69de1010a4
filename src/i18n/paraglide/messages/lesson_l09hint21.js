/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09hint21Inputs */

const en_lesson_l09hint21 = /** @type {(inputs: Lesson_L09hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN only base64-encodes the password: anyone can decode it.`)
};

const es_lesson_l09hint21 = /** @type {(inputs: Lesson_L09hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN solo codifica la contraseña en base64: cualquiera puede decodificarla.`)
};

const de_lesson_l09hint21 = /** @type {(inputs: Lesson_L09hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`AUTH PLAIN kodiert das Passwort nur in Base64: Jeder kann es dekodieren.`)
};

/**
* | output |
* | --- |
* | "AUTH PLAIN only base64-encodes the password: anyone can decode it." |
*
* @param {Lesson_L09hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09hint21 = /** @type {((inputs?: Lesson_L09hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09hint21(inputs)
	if (locale === "de") return de_lesson_l09hint21(inputs)
	return en_lesson_l09hint21(inputs)
});
export { lesson_l09hint21 as "lesson_l09Hint2" }