/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L01hint21Inputs */

const en_lesson_l01hint21 = /** @type {(inputs: Lesson_L01hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The password is tanstaaf (the example secret of RFC 1939 §7).`)
};

const es_lesson_l01hint21 = /** @type {(inputs: Lesson_L01hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La contraseña es tanstaaf (el secreto de ejemplo de la RFC 1939 §7).`)
};

const de_lesson_l01hint21 = /** @type {(inputs: Lesson_L01hint21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Passwort ist tanstaaf (das Beispielgeheimnis aus RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "The password is tanstaaf (the example secret of RFC 1939 §7)." |
*
* @param {Lesson_L01hint21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l01hint21 = /** @type {((inputs?: Lesson_L01hint21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L01hint21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l01hint21(inputs)
	if (locale === "de") return de_lesson_l01hint21(inputs)
	return en_lesson_l01hint21(inputs)
});
export { lesson_l01hint21 as "lesson_l01Hint2" }