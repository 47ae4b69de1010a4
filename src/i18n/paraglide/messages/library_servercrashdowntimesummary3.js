/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Servercrashdowntimesummary3Inputs */

const en_library_servercrashdowntimesummary3 = /** @type {(inputs: Library_Servercrashdowntimesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server crashes after the three DELEs. Every session ends without its commit, so nothing is removed (RFC 1939 §6); the maildrop stays as last committed. While the server is down, the laptop's poll is refused; it tries again at its next poll, after the restart, and fetches the three messages again.`)
};

const es_library_servercrashdowntimesummary3 = /** @type {(inputs: Library_Servercrashdowntimesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor se cae tras los tres DELE. Todas las sesiones terminan sin confirmar, así que no se elimina nada (RFC 1939 §6); el buzón queda como en la última confirmación. Mientras el servidor está caído, la consulta del portátil se rechaza; lo vuelve a intentar en la siguiente, tras el reinicio, y descarga otra vez los tres mensajes.`)
};

const de_library_servercrashdowntimesummary3 = /** @type {(inputs: Library_Servercrashdowntimesummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server stürzt nach den drei DELE ab. Jede Sitzung endet ohne ihren Abschluss, also wird nichts entfernt (RFC 1939 §6); das Postfach bleibt, wie es zuletzt festgeschrieben wurde. Solange der Server weg ist, wird der Abruf des Laptops abgewiesen; er versucht es beim nächsten Abruf nach dem Neustart wieder und holt die drei Nachrichten noch einmal.`)
};

/**
* | output |
* | --- |
* | "The server crashes after the three DELEs. Every session ends without its commit, so nothing is removed (RFC 1939 §6); the maildrop stays as last committed. W..." |
*
* @param {Library_Servercrashdowntimesummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_servercrashdowntimesummary3 = /** @type {((inputs?: Library_Servercrashdowntimesummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Servercrashdowntimesummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_servercrashdowntimesummary3(inputs)
	if (locale === "de") return de_library_servercrashdowntimesummary3(inputs)
	return en_library_servercrashdowntimesummary3(inputs)
});
export { library_servercrashdowntimesummary3 as "library_serverCrashDowntimeSummary" }