/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Firstsessionsummary2Inputs */

const en_library_firstsessionsummary2 = /** @type {(inputs: Library_Firstsessionsummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alice's laptop logs in, lists three messages, retrieves each, saves it to disk, marks it with DELE and ends with QUIT. Only then, in the UPDATE state, does the server remove the messages (RFC 1939 §6).`)
};

const es_library_firstsessionsummary2 = /** @type {(inputs: Library_Firstsessionsummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil de Alice inicia sesión, enumera tres mensajes, descarga cada uno, lo guarda en disco, lo marca con DELE y termina con QUIT. Solo entonces, en el estado UPDATE, el servidor elimina los mensajes (RFC 1939 §6).`)
};

const de_library_firstsessionsummary2 = /** @type {(inputs: Library_Firstsessionsummary2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alices Laptop meldet sich an, listet drei Nachrichten auf, ruft jede ab, speichert sie auf der Festplatte, markiert sie mit DELE und endet mit QUIT. Erst dann, im Zustand UPDATE, entfernt der Server die Nachrichten (RFC 1939 §6).`)
};

/**
* | output |
* | --- |
* | "Alice's laptop logs in, lists three messages, retrieves each, saves it to disk, marks it with DELE and ends with QUIT. Only then, in the UPDATE state, does t..." |
*
* @param {Library_Firstsessionsummary2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_firstsessionsummary2 = /** @type {((inputs?: Library_Firstsessionsummary2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Firstsessionsummary2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_firstsessionsummary2(inputs)
	if (locale === "de") return de_library_firstsessionsummary2(inputs)
	return en_library_firstsessionsummary2(inputs)
});
export { library_firstsessionsummary2 as "library_firstSessionSummary" }