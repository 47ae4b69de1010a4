/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F4quitlostsummary3Inputs */

const en_library_f4quitlostsummary3 = /** @type {(inputs: Library_F4quitlostsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client sends QUIT, but the connection has gone silent (a Wi-Fi hand-over): the command never arrives and neither end is told. The client gives up after its timeout. The server never leaves TRANSACTION; it closes the session on autologout without UPDATE (RFC 1939 §3, §6), holding its lock until then (§4). The next poll downloads all three again.`)
};

const es_library_f4quitlostsummary3 = /** @type {(inputs: Library_F4quitlostsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente envía QUIT, pero la conexión ha enmudecido (un cambio de wifi): la orden nunca llega y a ningún extremo se le avisa. El cliente se rinde tras su tiempo de espera. El servidor nunca sale de TRANSACTION; cierra la sesión por cierre automático sin UPDATE (RFC 1939 §3, §6), y hasta entonces conserva el bloqueo (§4). La siguiente consulta vuelve a descargar los tres.`)
};

const de_library_f4quitlostsummary3 = /** @type {(inputs: Library_F4quitlostsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client sendet QUIT, aber die Verbindung ist verstummt (ein WLAN-Wechsel): Der Befehl kommt nie an, und keinem Ende wird es gesagt. Der Client gibt nach seinem Timeout auf. Der Server verlässt TRANSACTION nie; er schließt die Sitzung beim Auto-Logout ohne UPDATE (RFC 1939 §3, §6) und hält bis dahin seine Sperre (§4). Der nächste Abruf lädt alle drei noch einmal.`)
};

/**
* | output |
* | --- |
* | "The client sends QUIT, but the connection has gone silent (a Wi-Fi hand-over): the command never arrives and neither end is told. The client gives up after i..." |
*
* @param {Library_F4quitlostsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f4quitlostsummary3 = /** @type {((inputs?: Library_F4quitlostsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F4quitlostsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f4quitlostsummary3(inputs)
	if (locale === "de") return de_library_f4quitlostsummary3(inputs)
	return en_library_f4quitlostsummary3(inputs)
});
export { library_f4quitlostsummary3 as "library_f4QuitLostSummary" }