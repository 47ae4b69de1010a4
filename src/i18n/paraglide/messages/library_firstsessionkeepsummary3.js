/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Firstsessionkeepsummary3Inputs */

const en_library_firstsessionkeepsummary3 = /** @type {(inputs: Library_Firstsessionkeepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alice's laptop retrieves three messages, saves each and remembers its UID (RFC 1939 §7), then QUITs. Nothing is marked, so nothing is removed.`)
};

const es_library_firstsessionkeepsummary3 = /** @type {(inputs: Library_Firstsessionkeepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil de Alice descarga tres mensajes, guarda cada uno y recuerda su UID (RFC 1939 §7); luego envía QUIT. No se marca nada, así que no se elimina nada.`)
};

const de_library_firstsessionkeepsummary3 = /** @type {(inputs: Library_Firstsessionkeepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alices Laptop ruft drei Nachrichten ab, speichert jede und merkt sich ihre UID (RFC 1939 §7), dann sendet er QUIT. Nichts ist markiert, also wird nichts entfernt.`)
};

/**
* | output |
* | --- |
* | "Alice's laptop retrieves three messages, saves each and remembers its UID (RFC 1939 §7), then QUITs. Nothing is marked, so nothing is removed." |
*
* @param {Library_Firstsessionkeepsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_firstsessionkeepsummary3 = /** @type {((inputs?: Library_Firstsessionkeepsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Firstsessionkeepsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_firstsessionkeepsummary3(inputs)
	if (locale === "de") return de_library_firstsessionkeepsummary3(inputs)
	return en_library_firstsessionkeepsummary3(inputs)
});
export { library_firstsessionkeepsummary3 as "library_firstSessionKeepSummary" }