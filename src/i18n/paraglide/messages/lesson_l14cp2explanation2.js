/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2explanation2Inputs */

const en_lesson_l14cp2explanation2 = /** @type {(inputs: Lesson_L14cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numbers are given out afresh at each login (RFC 1939 §4): with the three old messages gone, the invoice is message 1. The server cannot know what the phone meant; DELE 1 marks the invoice and QUIT removes it. Nobody had it: lost. Only the unique-id of UIDL names the same message in every session (§7).`)
};

const es_lesson_l14cp2explanation2 = /** @type {(inputs: Lesson_L14cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los números se reparten de nuevo en cada inicio de sesión (RFC 1939 §4): sin los tres mensajes antiguos, la factura («Invoice 2024-117») es el mensaje 1. El servidor no puede saber qué quería decir el móvil; DELE 1 marca la factura y QUIT la elimina. Nadie la tenía: perdida. Solo el identificador único de UIDL nombra el mismo mensaje en todas las sesiones (§7).`)
};

const de_lesson_l14cp2explanation2 = /** @type {(inputs: Lesson_L14cp2explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nummern werden bei jeder Anmeldung neu vergeben (RFC 1939 §4): Ohne die drei alten Nachrichten ist die Rechnung („Invoice 2024-117“) Nachricht 1. Der Server kann nicht wissen, was das Handy gemeint hat; DELE 1 markiert die Rechnung, und QUIT entfernt sie. Niemand hatte sie: verloren. Nur die eindeutige ID von UIDL bezeichnet in jeder Sitzung dieselbe Nachricht (§7).`)
};

/**
* | output |
* | --- |
* | "Numbers are given out afresh at each login (RFC 1939 §4): with the three old messages gone, the invoice is message 1. The server cannot know what the phone m..." |
*
* @param {Lesson_L14cp2explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2explanation2 = /** @type {((inputs?: Lesson_L14cp2explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2explanation2(inputs)
	if (locale === "de") return de_lesson_l14cp2explanation2(inputs)
	return en_lesson_l14cp2explanation2(inputs)
});
export { lesson_l14cp2explanation2 as "lesson_l14Cp2Explanation" }