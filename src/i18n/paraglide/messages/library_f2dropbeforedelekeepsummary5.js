/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F2dropbeforedelekeepsummary5Inputs */

const en_library_f2dropbeforedelekeepsummary5 = /** @type {(inputs: Library_F2dropbeforedelekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message 1 arrives whole and is saved, then the connection is reset. In leave-on-server mode the client never sends DELE; it remembers the UID once the copy is on disk (RFC 1939 §7), so the next poll fetches only what it does not have.`)
};

const es_library_f2dropbeforedelekeepsummary5 = /** @type {(inputs: Library_F2dropbeforedelekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mensaje 1 llega entero y se guarda; luego la conexión se reinicia. En el modo dejar en el servidor el cliente nunca envía DELE; recuerda el UID en cuanto la copia está en disco (RFC 1939 §7), así que la siguiente consulta descarga solo lo que le falta.`)
};

const de_library_f2dropbeforedelekeepsummary5 = /** @type {(inputs: Library_F2dropbeforedelekeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachricht 1 kommt vollständig an und wird gespeichert, dann wird die Verbindung zurückgesetzt. Beim Lassen auf dem Server sendet der Client nie DELE; er merkt sich die UID, sobald die Kopie auf der Festplatte ist (RFC 1939 §7), also holt der nächste Abruf nur, was fehlt.`)
};

/**
* | output |
* | --- |
* | "Message 1 arrives whole and is saved, then the connection is reset. In leave-on-server mode the client never sends DELE; it remembers the UID once the copy i..." |
*
* @param {Library_F2dropbeforedelekeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f2dropbeforedelekeepsummary5 = /** @type {((inputs?: Library_F2dropbeforedelekeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F2dropbeforedelekeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f2dropbeforedelekeepsummary5(inputs)
	if (locale === "de") return de_library_f2dropbeforedelekeepsummary5(inputs)
	return en_library_f2dropbeforedelekeepsummary5(inputs)
});
export { library_f2dropbeforedelekeepsummary5 as "library_f2DropBeforeDeleKeepSummary" }