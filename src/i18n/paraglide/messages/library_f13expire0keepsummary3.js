/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F13expire0keepsummary3Inputs */

const en_library_f13expire0keepsummary3 = /** @type {(inputs: Library_F13expire0keepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The clients ask to leave mail on the server, but this server removes every retrieved message at the clean QUIT (EXPIRE 0, RFC 2449 §6.7). The laptop's copies are now the only ones; the phone, polling later, never gets the mail.`)
};

const es_library_f13expire0keepsummary3 = /** @type {(inputs: Library_F13expire0keepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los clientes piden dejar el correo en el servidor, pero este servidor elimina cada mensaje descargado en el QUIT limpio (EXPIRE 0, RFC 2449 §6.7). Las copias del portátil son ahora las únicas; el móvil, que consulta después, nunca recibe el correo.`)
};

const de_library_f13expire0keepsummary3 = /** @type {(inputs: Library_F13expire0keepsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Clients wollen die Mail auf dem Server lassen, aber dieser Server entfernt jede abgerufene Nachricht beim sauberen QUIT (EXPIRE 0, RFC 2449 §6.7). Die Kopien des Laptops sind jetzt die einzigen; das Handy, das später abruft, bekommt die Mail nie.`)
};

/**
* | output |
* | --- |
* | "The clients ask to leave mail on the server, but this server removes every retrieved message at the clean QUIT (EXPIRE 0, RFC 2449 §6.7). The laptop's copies..." |
*
* @param {Library_F13expire0keepsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f13expire0keepsummary3 = /** @type {((inputs?: Library_F13expire0keepsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F13expire0keepsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f13expire0keepsummary3(inputs)
	if (locale === "de") return de_library_f13expire0keepsummary3(inputs)
	return en_library_f13expire0keepsummary3(inputs)
});
export { library_f13expire0keepsummary3 as "library_f13Expire0KeepSummary" }