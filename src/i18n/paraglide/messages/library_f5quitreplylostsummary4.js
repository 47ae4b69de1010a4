/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F5quitreplylostsummary4Inputs */

const en_library_f5quitreplylostsummary4 = /** @type {(inputs: Library_F5quitreplylostsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server reads QUIT, enters UPDATE and removes the marked messages; then the connection is reset and its +OK never arrives. The client cannot tell whether the deletions happened, but its copies were already durable, so no harm is done.`)
};

const es_library_f5quitreplylostsummary4 = /** @type {(inputs: Library_F5quitreplylostsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor lee QUIT, pasa a UPDATE y elimina los mensajes marcados; luego la conexión se reinicia y su +OK nunca llega. El cliente no puede saber si los borrados se hicieron, pero sus copias ya estaban en disco, así que no hay daño.`)
};

const de_library_f5quitreplylostsummary4 = /** @type {(inputs: Library_F5quitreplylostsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server liest QUIT, betritt UPDATE und entfernt die markierten Nachrichten; dann wird die Verbindung zurückgesetzt, und sein +OK kommt nie an. Der Client kann nicht wissen, ob gelöscht wurde, aber seine Kopien waren schon dauerhaft gespeichert, also entsteht kein Schaden.`)
};

/**
* | output |
* | --- |
* | "The server reads QUIT, enters UPDATE and removes the marked messages; then the connection is reset and its +OK never arrives. The client cannot tell whether ..." |
*
* @param {Library_F5quitreplylostsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f5quitreplylostsummary4 = /** @type {((inputs?: Library_F5quitreplylostsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F5quitreplylostsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f5quitreplylostsummary4(inputs)
	if (locale === "de") return de_library_f5quitreplylostsummary4(inputs)
	return en_library_f5quitreplylostsummary4(inputs)
});
export { library_f5quitreplylostsummary4 as "library_f5QuitReplyLostSummary" }