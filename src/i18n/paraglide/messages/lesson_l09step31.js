/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step31Inputs */

const en_lesson_l09step31 = /** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Change the laptop to authenticate with APOP (or CRAM-MD5, RFC 2195) and play again. Its login line is now "APOP alice" and a 32-digit hex digest.`)
};

const es_lesson_l09step31 = /** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cambia la autenticación del portátil a APOP (o CRAM-MD5, RFC 2195) y vuelve a reproducir. Ahora su línea de inicio de sesión es «APOP alice» seguido de un resumen de 32 dígitos hexadecimales.`)
};

const de_lesson_l09step31 = /** @type {(inputs: Lesson_L09step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stell die Anmeldung des Laptops auf APOP (oder CRAM-MD5, RFC 2195) um und spiel noch einmal ab. Seine Anmeldezeile lautet jetzt „APOP alice“, gefolgt von einem Hash aus 32 Hexadezimalziffern.`)
};

/**
* | output |
* | --- |
* | "Change the laptop to authenticate with APOP (or CRAM-MD5, RFC 2195) and play again. Its login line is now \"APOP alice\" and a 32-digit hex digest." |
*
* @param {Lesson_L09step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step31 = /** @type {((inputs?: Lesson_L09step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step31(inputs)
	if (locale === "de") return de_lesson_l09step31(inputs)
	return en_lesson_l09step31(inputs)
});
export { lesson_l09step31 as "lesson_l09Step3" }