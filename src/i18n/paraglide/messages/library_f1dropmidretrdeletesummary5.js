/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F1dropmidretrdeletesummary5Inputs */

const en_library_f1dropmidretrdeletesummary5 = /** @type {(inputs: Library_F1dropmidretrdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection is reset after 40 octets of message 1 have arrived. The client never sees the CRLF.CRLF terminator, so it discards the partial copy; no DELE was sent and no QUIT, so nothing is removed (RFC 1939 §3, §6). The next poll fetches everything: nothing lost, nothing doubled.`)
};

const es_library_f1dropmidretrdeletesummary5 = /** @type {(inputs: Library_F1dropmidretrdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La conexión se reinicia cuando han llegado 40 octetos del mensaje 1. El cliente nunca ve el terminador CRLF.CRLF, así que descarta la copia parcial; no se envió DELE ni QUIT, así que no se elimina nada (RFC 1939 §3, §6). La siguiente consulta lo descarga todo: nada perdido, nada duplicado.`)
};

const de_library_f1dropmidretrdeletesummary5 = /** @type {(inputs: Library_F1dropmidretrdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Verbindung wird zurückgesetzt, nachdem 40 Oktette von Nachricht 1 angekommen sind. Der Client sieht die Endmarke CRLF.CRLF nie, also verwirft er die Teilkopie; weder DELE noch QUIT wurden gesendet, also wird nichts entfernt (RFC 1939 §3, §6). Der nächste Abruf holt alles: nichts verloren, nichts doppelt.`)
};

/**
* | output |
* | --- |
* | "The connection is reset after 40 octets of message 1 have arrived. The client never sees the CRLF.CRLF terminator, so it discards the partial copy; no DELE w..." |
*
* @param {Library_F1dropmidretrdeletesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f1dropmidretrdeletesummary5 = /** @type {((inputs?: Library_F1dropmidretrdeletesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F1dropmidretrdeletesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f1dropmidretrdeletesummary5(inputs)
	if (locale === "de") return de_library_f1dropmidretrdeletesummary5(inputs)
	return en_library_f1dropmidretrdeletesummary5(inputs)
});
export { library_f1dropmidretrdeletesummary5 as "library_f1DropMidRetrDeleteSummary" }