/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropbeforeackdsummary4Inputs */

const en_library_pop2dropbeforeackdsummary4 = /** @type {(inputs: Library_Pop2dropbeforeackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message 1 arrived whole and was saved, but the connection was reset as the ACKD left the client, so it never arrived. The server keeps the message and sends it again next time: a duplicate.`)
};

const es_library_pop2dropbeforeackdsummary4 = /** @type {(inputs: Library_Pop2dropbeforeackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mensaje 1 llegó entero y se guardó, pero la conexión se reinició cuando el ACKD salía del cliente, así que nunca llegó. El servidor conserva el mensaje y lo vuelve a enviar la próxima vez: un duplicado.`)
};

const de_library_pop2dropbeforeackdsummary4 = /** @type {(inputs: Library_Pop2dropbeforeackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachricht 1 kam vollständig an und wurde gespeichert, aber die Verbindung wurde zurückgesetzt, als das ACKD den Client verließ, also kam es nie an. Der Server behält die Nachricht und sendet sie beim nächsten Mal wieder: doppelt.`)
};

/**
* | output |
* | --- |
* | "Message 1 arrived whole and was saved, but the connection was reset as the ACKD left the client, so it never arrived. The server keeps the message and sends ..." |
*
* @param {Library_Pop2dropbeforeackdsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropbeforeackdsummary4 = /** @type {((inputs?: Library_Pop2dropbeforeackdsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropbeforeackdsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropbeforeackdsummary4(inputs)
	if (locale === "de") return de_library_pop2dropbeforeackdsummary4(inputs)
	return en_library_pop2dropbeforeackdsummary4(inputs)
});
export { library_pop2dropbeforeackdsummary4 as "library_pop2DropBeforeAckdSummary" }