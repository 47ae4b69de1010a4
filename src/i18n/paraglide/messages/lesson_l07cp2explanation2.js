/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07cp2explanation2Inputs */

const en_lesson_l07cp2explanation2 = /** @type {(inputs: Lesson_L07cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Once QUIT commits the DELE marks, the maildrop holds only mail the client has not seen, so it needs no identity to avoid duplicates. That is the one-client, download-and-delete use POP3 was designed for (RFC 1939 §8).`)
};

const es_lesson_l07cp2explanation2 = /** @type {(inputs: Lesson_L07cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En cuanto QUIT confirma las marcas de DELE, el buzón solo contiene correo que el cliente no ha visto, así que no necesita ninguna identidad para evitar duplicados. Es el uso para el que se diseñó POP3: un solo cliente que descarga y borra (RFC 1939 §8).`)
};

const de_lesson_l07cp2explanation2 = /** @type {(inputs: Lesson_L07cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sobald QUIT die DELE-Markierungen festschreibt, enthält das Postfach nur Mail, die der Client noch nicht gesehen hat; er braucht also keine Identität, um Duplikate zu vermeiden. Das ist der Einsatz, für den POP3 entworfen wurde: ein einziger Client, der abruft und löscht (RFC 1939 §8).`)
};

/**
* | output |
* | --- |
* | "Once QUIT commits the DELE marks, the maildrop holds only mail the client has not seen, so it needs no identity to avoid duplicates. That is the one-client, ..." |
*
* @param {Lesson_L07cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07cp2explanation2 = /** @type {((inputs?: Lesson_L07cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l07cp2explanation2(inputs)
	return en_lesson_l07cp2explanation2(inputs)
});
export { lesson_l07cp2explanation2 as "lesson_l07Cp2Explanation" }