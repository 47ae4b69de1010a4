/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F19nodotstuffingdeletesummary5Inputs */

const en_library_f19nodotstuffingdeletesummary5 = /** @type {(inputs: Library_F19nodotstuffingdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message 2 has a body line that is just ".". RFC 1939 §3 says the server must send it as ".."; this non-conformant server sends it as is, so the client takes it for the end of the data: its copy of message 2 is cut short, and the rest of the message arrives as if it were replies. The client gives up on the garbled session without QUIT, so nothing is removed (§6): message 1 comes again next time (a duplicate), message 2 is only ever truncated, and message 3 is never reached. POP1 and POP2 frame messages by their octet count, not by a "." line, so they are not affected.`)
};

const es_library_f19nodotstuffingdeletesummary5 = /** @type {(inputs: Library_F19nodotstuffingdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mensaje 2 tiene una línea del cuerpo que es solo ".". La RFC 1939 §3 dice que el servidor debe enviarla como ".."; este servidor no conforme la envía tal cual, así que el cliente la toma por el final de los datos: su copia del mensaje 2 queda cortada, y el resto del mensaje llega como si fueran respuestas. El cliente abandona la sesión enredada sin QUIT, así que no se elimina nada (§6): el mensaje 1 vuelve la próxima vez (un duplicado), el mensaje 2 solo llega siempre truncado y al mensaje 3 nunca se llega. POP1 y POP2 delimitan los mensajes por su número de octetos, no por una línea ".", así que no les afecta.`)
};

const de_library_f19nodotstuffingdeletesummary5 = /** @type {(inputs: Library_F19nodotstuffingdeletesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachricht 2 hat eine Textzeile, die nur aus "." besteht. RFC 1939 §3 verlangt, dass der Server sie als ".." sendet; dieser nicht konforme Server sendet sie unverändert, also hält der Client sie für das Ende der Daten: Seine Kopie von Nachricht 2 ist abgeschnitten, und der Rest der Nachricht kommt an, als wären es Antworten. Der Client gibt die verwirrte Sitzung ohne QUIT auf, also wird nichts entfernt (§6): Nachricht 1 kommt beim nächsten Mal wieder (doppelt), Nachricht 2 kommt immer nur abgeschnitten an, und Nachricht 3 wird nie erreicht. POP1 und POP2 grenzen Nachrichten über ihre Oktettzahl ab, nicht über eine "."-Zeile, und sind nicht betroffen.`)
};

/**
* | output |
* | --- |
* | "Message 2 has a body line that is just \".\". RFC 1939 §3 says the server must send it as \"..\"; this non-conformant server sends it as is, so the client takes ..." |
*
* @param {Library_F19nodotstuffingdeletesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f19nodotstuffingdeletesummary5 = /** @type {((inputs?: Library_F19nodotstuffingdeletesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F19nodotstuffingdeletesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f19nodotstuffingdeletesummary5(inputs)
	if (locale === "de") return de_library_f19nodotstuffingdeletesummary5(inputs)
	return en_library_f19nodotstuffingdeletesummary5(inputs)
});
export { library_f19nodotstuffingdeletesummary5 as "library_f19NoDotStuffingDeleteSummary" }