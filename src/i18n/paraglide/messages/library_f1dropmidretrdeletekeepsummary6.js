/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F1dropmidretrdeletekeepsummary6Inputs */

const en_library_f1dropmidretrdeletekeepsummary6 = /** @type {(inputs: Library_F1dropmidretrdeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection is reset after 40 octets of message 1 have arrived. The client discards the partial copy and does not remember its UID, so the next poll fetches that message again, and only what the device does not have yet (RFC 1939 §7).`)
};

const es_library_f1dropmidretrdeletekeepsummary6 = /** @type {(inputs: Library_F1dropmidretrdeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La conexión se reinicia cuando han llegado 40 octetos del mensaje 1. El cliente descarta la copia parcial y no recuerda su UID, así que la siguiente consulta vuelve a descargar ese mensaje, y solo lo que el dispositivo aún no tiene (RFC 1939 §7).`)
};

const de_library_f1dropmidretrdeletekeepsummary6 = /** @type {(inputs: Library_F1dropmidretrdeletekeepsummary6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Verbindung wird zurückgesetzt, nachdem 40 Oktette von Nachricht 1 angekommen sind. Der Client verwirft die Teilkopie und merkt sich ihre UID nicht, also holt der nächste Abruf diese Nachricht erneut, und nur, was das Gerät noch nicht hat (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "The connection is reset after 40 octets of message 1 have arrived. The client discards the partial copy and does not remember its UID, so the next poll fetch..." |
*
* @param {Library_F1dropmidretrdeletekeepsummary6Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f1dropmidretrdeletekeepsummary6 = /** @type {((inputs?: Library_F1dropmidretrdeletekeepsummary6Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F1dropmidretrdeletekeepsummary6Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f1dropmidretrdeletekeepsummary6(inputs)
	if (locale === "de") return de_library_f1dropmidretrdeletekeepsummary6(inputs)
	return en_library_f1dropmidretrdeletekeepsummary6(inputs)
});
export { library_f1dropmidretrdeletekeepsummary6 as "library_f1DropMidRetrDeleteKeepSummary" }