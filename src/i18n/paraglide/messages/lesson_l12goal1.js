/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12goal1Inputs */

const en_lesson_l12goal1 = /** @type {(inputs: Lesson_L12goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Log in with a SASL mechanism (AUTH) that never puts the password, or a simple encoding of it, on the wire.`)
};

const es_lesson_l12goal1 = /** @type {(inputs: Lesson_L12goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con un mecanismo SASL (AUTH) que nunca ponga en la línea la contraseña ni una simple codificación de ella.`)
};

const de_lesson_l12goal1 = /** @type {(inputs: Lesson_L12goal1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Melde dich mit einem SASL-Mechanismus (AUTH) an, der weder das Passwort noch eine einfache Kodierung davon je auf die Leitung bringt.`)
};

/**
* | output |
* | --- |
* | "Log in with a SASL mechanism (AUTH) that never puts the password, or a simple encoding of it, on the wire." |
*
* @param {Lesson_L12goal1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12goal1 = /** @type {((inputs?: Lesson_L12goal1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12goal1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12goal1(inputs)
	if (locale === "de") return de_lesson_l12goal1(inputs)
	return en_lesson_l12goal1(inputs)
});
export { lesson_l12goal1 as "lesson_l12Goal" }