/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3crashbeforequitrfcsummary5Inputs */

const en_library_f3crashbeforequitrfcsummary5 = /** @type {(inputs: Library_F3crashbeforequitrfcsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same careless client's app crashes before QUIT, but this server only marked the messages. The server notices the closed connection: no QUIT, no UPDATE (RFC 1939 §6). The next poll downloads all three again.`)
};

const es_library_f3crashbeforequitrfcsummary5 = /** @type {(inputs: Library_F3crashbeforequitrfcsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El programa del mismo cliente descuidado se cuelga antes de QUIT, pero este servidor solo marcó los mensajes. El servidor nota la conexión cerrada: sin QUIT no hay UPDATE (RFC 1939 §6). La siguiente consulta vuelve a descargar los tres.`)
};

const de_library_f3crashbeforequitrfcsummary5 = /** @type {(inputs: Library_F3crashbeforequitrfcsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Programm desselben sorglosen Clients stürzt vor QUIT ab, aber dieser Server hat die Nachrichten nur markiert. Der Server bemerkt die geschlossene Verbindung: kein QUIT, kein UPDATE (RFC 1939 §6). Der nächste Abruf lädt alle drei noch einmal.`)
};

/**
* | output |
* | --- |
* | "The same careless client's app crashes before QUIT, but this server only marked the messages. The server notices the closed connection: no QUIT, no UPDATE (R..." |
*
* @param {Library_F3crashbeforequitrfcsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3crashbeforequitrfcsummary5 = /** @type {((inputs?: Library_F3crashbeforequitrfcsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3crashbeforequitrfcsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3crashbeforequitrfcsummary5(inputs)
	if (locale === "de") return de_library_f3crashbeforequitrfcsummary5(inputs)
	return en_library_f3crashbeforequitrfcsummary5(inputs)
});
export { library_f3crashbeforequitrfcsummary5 as "library_f3CrashBeforeQuitRfcSummary" }