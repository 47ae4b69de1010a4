/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Crashappbeforequitsummary4Inputs */

const en_library_crashappbeforequitsummary4 = /** @type {(inputs: Library_Crashappbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The app crashes after its DELEs, before QUIT. Its operating system closes the connection, so the server notices at once: it ends the session without UPDATE (RFC 1939 §6) and releases the lock. The poll a minute later logs in normally and fetches the three messages again. Compare the power-loss scenario.`)
};

const es_library_crashappbeforequitsummary4 = /** @type {(inputs: Library_Crashappbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El programa se cuelga tras sus DELE, antes de QUIT. Su sistema operativo cierra la conexión, así que el servidor se entera en el acto: termina la sesión sin UPDATE (RFC 1939 §6) y libera el bloqueo. La consulta de un minuto después inicia sesión con normalidad y vuelve a descargar los tres mensajes. Compáralo con el escenario del corte de corriente.`)
};

const de_library_crashappbeforequitsummary4 = /** @type {(inputs: Library_Crashappbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Programm stürzt nach seinen DELE ab, vor QUIT. Sein Betriebssystem schließt die Verbindung, also merkt der Server es sofort: Er beendet die Sitzung ohne UPDATE (RFC 1939 §6) und gibt die Sperre frei. Der Abruf eine Minute später meldet sich normal an und holt die drei Nachrichten noch einmal. Vergleiche das Szenario mit dem Stromausfall.`)
};

/**
* | output |
* | --- |
* | "The app crashes after its DELEs, before QUIT. Its operating system closes the connection, so the server notices at once: it ends the session without UPDATE (..." |
*
* @param {Library_Crashappbeforequitsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_crashappbeforequitsummary4 = /** @type {((inputs?: Library_Crashappbeforequitsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Crashappbeforequitsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_crashappbeforequitsummary4(inputs)
	if (locale === "de") return de_library_crashappbeforequitsummary4(inputs)
	return en_library_crashappbeforequitsummary4(inputs)
});
export { library_crashappbeforequitsummary4 as "library_crashAppBeforeQuitSummary" }