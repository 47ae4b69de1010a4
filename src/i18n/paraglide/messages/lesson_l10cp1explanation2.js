/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10cp1explanation2Inputs */

const en_lesson_l10cp1explanation2 = /** @type {(inputs: Lesson_L10cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 has RDEL (read, then delete on RCVD) and RETR (read and keep). Keeping mail was possible from the start; what POP1 and POP2 lacked was a stable message identity, so keeping meant downloading everything again every time. POP3 made it practical with UIDL.`)
};

const es_lesson_l10cp1explanation2 = /** @type {(inputs: Lesson_L10cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 918 tiene RDEL (leer y luego borrar con RCVD) y RETR (leer y conservar). Conservar el correo fue posible desde el principio; lo que les faltaba a POP1 y POP2 era una identidad estable para cada mensaje, así que conservar suponía volver a descargarlo todo cada vez. POP3 lo hizo práctico con UIDL.`)
};

const de_lesson_l10cp1explanation2 = /** @type {(inputs: Lesson_L10cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 918 kennt RDEL (lesen, dann bei RCVD löschen) und RETR (lesen und behalten). Mail zu behalten war von Anfang an möglich; was POP1 und POP2 fehlte, war eine feste Identität jeder Nachricht, also hieß Behalten, jedes Mal alles neu herunterzuladen. Praktikabel machte es erst POP3 mit UIDL.`)
};

/**
* | output |
* | --- |
* | "RFC 918 has RDEL (read, then delete on RCVD) and RETR (read and keep). Keeping mail was possible from the start; what POP1 and POP2 lacked was a stable messa..." |
*
* @param {Lesson_L10cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10cp1explanation2 = /** @type {((inputs?: Lesson_L10cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l10cp1explanation2(inputs)
	return en_lesson_l10cp1explanation2(inputs)
});
export { lesson_l10cp1explanation2 as "lesson_l10Cp1Explanation" }