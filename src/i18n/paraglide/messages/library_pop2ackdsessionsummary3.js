/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2ackdsessionsummary3Inputs */

const en_library_pop2ackdsessionsummary3 = /** @type {(inputs: Library_Pop2ackdsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HELO logs in and the server answers with the message count (#3). For each message the client sends READ (answer =ccc, the length), RETR (the data, counted, no terminator) and ACKD: received, please delete. The deletions happen when the mailbox is released at QUIT.`)
};

const es_library_pop2ackdsessionsummary3 = /** @type {(inputs: Library_Pop2ackdsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HELO inicia sesión y el servidor responde con el número de mensajes (#3). Para cada mensaje el cliente envía READ (respuesta =ccc, la longitud), RETR (los datos, contados, sin terminador) y ACKD: recibido, bórralo, por favor. Los borrados se hacen cuando el buzón se libera en QUIT.`)
};

const de_library_pop2ackdsessionsummary3 = /** @type {(inputs: Library_Pop2ackdsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`HELO meldet an, und der Server antwortet mit der Zahl der Nachrichten (#3). Für jede Nachricht sendet der Client READ (Antwort =ccc, die Länge), RETR (die Daten, gezählt, ohne Endmarke) und ACKD: empfangen, bitte löschen. Gelöscht wird, wenn das Postfach bei QUIT freigegeben wird.`)
};

/**
* | output |
* | --- |
* | "HELO logs in and the server answers with the message count (#3). For each message the client sends READ (answer =ccc, the length), RETR (the data, counted, n..." |
*
* @param {Library_Pop2ackdsessionsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2ackdsessionsummary3 = /** @type {((inputs?: Library_Pop2ackdsessionsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2ackdsessionsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2ackdsessionsummary3(inputs)
	if (locale === "de") return de_library_pop2ackdsessionsummary3(inputs)
	return en_library_pop2ackdsessionsummary3(inputs)
});
export { library_pop2ackdsessionsummary3 as "library_pop2AckdSessionSummary" }