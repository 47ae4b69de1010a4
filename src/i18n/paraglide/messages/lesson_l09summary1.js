/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09summary1Inputs */

const en_lesson_l09summary1 = /** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Base POP3 has no encryption (RFC 1939 §13). Read the channel the way an eavesdropper would, then switch the laptop to a login that keeps the password off the wire, and ask what it still gives away.`)
};

const es_lesson_l09summary1 = /** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El POP3 básico no tiene cifrado (RFC 1939 §13). Lee el canal como lo haría un espía; después cambia el portátil a un inicio de sesión que no pone la contraseña en la línea, y pregúntate qué sigue delatando.`)
};

const de_lesson_l09summary1 = /** @type {(inputs: Lesson_L09summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einfaches POP3 hat keine Verschlüsselung (RFC 1939 §13). Lies den Kanal so, wie es ein Lauscher tun würde, stell dann den Laptop auf eine Anmeldung um, die das Passwort nicht über die Leitung schickt, und frag dich, was sie trotzdem noch verrät.`)
};

/**
* | output |
* | --- |
* | "Base POP3 has no encryption (RFC 1939 §13). Read the channel the way an eavesdropper would, then switch the laptop to a login that keeps the password off the..." |
*
* @param {Lesson_L09summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09summary1 = /** @type {((inputs?: Lesson_L09summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09summary1(inputs)
	if (locale === "de") return de_lesson_l09summary1(inputs)
	return en_lesson_l09summary1(inputs)
});
export { lesson_l09summary1 as "lesson_l09Summary" }