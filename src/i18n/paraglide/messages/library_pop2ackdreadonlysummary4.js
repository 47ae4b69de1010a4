/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2ackdreadonlysummary4Inputs */

const en_library_pop2ackdreadonlysummary4 = /** @type {(inputs: Library_Pop2ackdreadonlysummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 "ACKD": the message is deleted only if the user has write access to the mailbox, and the reply is the same either way. This read-only server answers each ACKD exactly as a normal one would, so the client believes the mail is gone; nothing was deleted, and the next poll downloads all three again.`)
};

const es_library_pop2ackdreadonlysummary4 = /** @type {(inputs: Library_Pop2ackdreadonlysummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 "ACKD": el mensaje solo se borra si el usuario tiene permiso de escritura en el buzón, y la respuesta es la misma en los dos casos. Este servidor de solo lectura responde a cada ACKD igual que uno normal, así que el cliente cree que el correo ya no está; no se borró nada, y la siguiente consulta vuelve a descargar los tres.`)
};

const de_library_pop2ackdreadonlysummary4 = /** @type {(inputs: Library_Pop2ackdreadonlysummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 "ACKD": Die Nachricht wird nur gelöscht, wenn der Benutzer Schreibrecht auf das Postfach hat, und die Antwort ist in beiden Fällen dieselbe. Dieser nur lesbare Server beantwortet jedes ACKD genau wie ein normaler, also glaubt der Client, die Mail sei weg; gelöscht wurde nichts, und der nächste Abruf lädt alle drei noch einmal.`)
};

/**
* | output |
* | --- |
* | "RFC 937 \"ACKD\": the message is deleted only if the user has write access to the mailbox, and the reply is the same either way. This read-only server answers ..." |
*
* @param {Library_Pop2ackdreadonlysummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2ackdreadonlysummary4 = /** @type {((inputs?: Library_Pop2ackdreadonlysummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2ackdreadonlysummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2ackdreadonlysummary4(inputs)
	if (locale === "de") return de_library_pop2ackdreadonlysummary4(inputs)
	return en_library_pop2ackdreadonlysummary4(inputs)
});
export { library_pop2ackdreadonlysummary4 as "library_pop2AckdReadOnlySummary" }