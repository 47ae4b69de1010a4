/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F19nodotstuffingkeepsummary5Inputs */

const en_library_f19nodotstuffingkeepsummary5 = /** @type {(inputs: Library_F19nodotstuffingkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same server without byte-stuffing (RFC 1939 §3). The leave-on-server client saves the truncated message 2 as if it were whole and remembers its UID (§7), so it never asks for it again: the device holds only a corrupt copy while the full message stays on the server. POP1 and POP2 are count-framed and not affected.`)
};

const es_library_f19nodotstuffingkeepsummary5 = /** @type {(inputs: Library_F19nodotstuffingkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo servidor sin relleno de puntos (RFC 1939 §3). El cliente que deja el correo en el servidor guarda el mensaje 2 truncado como si estuviera entero y recuerda su UID (§7), así que nunca vuelve a pedirlo: el dispositivo solo tiene una copia corrupta mientras el mensaje completo sigue en el servidor. POP1 y POP2 delimitan por número y no les afecta.`)
};

const de_library_f19nodotstuffingkeepsummary5 = /** @type {(inputs: Library_F19nodotstuffingkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derselbe Server ohne Punkt-Verdopplung (RFC 1939 §3). Der Client, der Mail auf dem Server lässt, speichert die abgeschnittene Nachricht 2, als wäre sie vollständig, und merkt sich ihre UID (§7), also fragt er nie wieder danach: Das Gerät hat nur eine beschädigte Kopie, während die vollständige Nachricht auf dem Server bleibt. POP1 und POP2 zählen Oktette und sind nicht betroffen.`)
};

/**
* | output |
* | --- |
* | "The same server without byte-stuffing (RFC 1939 §3). The leave-on-server client saves the truncated message 2 as if it were whole and remembers its UID (§7),..." |
*
* @param {Library_F19nodotstuffingkeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f19nodotstuffingkeepsummary5 = /** @type {((inputs?: Library_F19nodotstuffingkeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F19nodotstuffingkeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f19nodotstuffingkeepsummary5(inputs)
	if (locale === "de") return de_library_f19nodotstuffingkeepsummary5(inputs)
	return en_library_f19nodotstuffingkeepsummary5(inputs)
});
export { library_f19nodotstuffingkeepsummary5 as "library_f19NoDotStuffingKeepSummary" }