/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1dropbeforercvdsummary4Inputs */

const en_library_pop1dropbeforercvdsummary4 = /** @type {(inputs: Library_Pop1dropbeforercvdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The whole mailbox arrived and was saved, but the connection was reset as the RCVD left the client, so it never arrived. The server deleted nothing, so the next session transfers the entire mailbox again: every message is duplicated.`)
};

const es_library_pop1dropbeforercvdsummary4 = /** @type {(inputs: Library_Pop1dropbeforercvdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El buzón entero llegó y se guardó, pero la conexión se reinició cuando el RCVD salía del cliente, así que nunca llegó. El servidor no borró nada, así que la siguiente sesión vuelve a transferir el buzón entero: todos los mensajes quedan duplicados.`)
};

const de_library_pop1dropbeforercvdsummary4 = /** @type {(inputs: Library_Pop1dropbeforercvdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das ganze Postfach kam an und wurde gespeichert, aber die Verbindung wurde zurückgesetzt, als das RCVD den Client verließ, also kam es nie an. Der Server hat nichts gelöscht, also überträgt die nächste Sitzung das ganze Postfach noch einmal: Jede Nachricht ist doppelt.`)
};

/**
* | output |
* | --- |
* | "The whole mailbox arrived and was saved, but the connection was reset as the RCVD left the client, so it never arrived. The server deleted nothing, so the ne..." |
*
* @param {Library_Pop1dropbeforercvdsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1dropbeforercvdsummary4 = /** @type {((inputs?: Library_Pop1dropbeforercvdsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1dropbeforercvdsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1dropbeforercvdsummary4(inputs)
	if (locale === "de") return de_library_pop1dropbeforercvdsummary4(inputs)
	return en_library_pop1dropbeforercvdsummary4(inputs)
});
export { library_pop1dropbeforercvdsummary4 as "library_pop1DropBeforeRcvdSummary" }