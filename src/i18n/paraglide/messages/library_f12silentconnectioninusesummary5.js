/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F12silentconnectioninusesummary5Inputs */

const en_library_f12silentconnectioninusesummary5 = /** @type {(inputs: Library_F12silentconnectioninusesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`After two DELEs the connection goes silent (a NAT router forgets it): half-open. The laptop hears nothing and gives up after its 60-second timeout; the server is never told and keeps the session and its maildrop lock until its autologout timer fires (RFC 1939 §3). Every poll until then gets -ERR [IN-USE] (RFC 2449 §8.1.2). The stale session never reaches UPDATE, so its marks are dropped and the two messages come again.`)
};

const es_library_f12silentconnectioninusesummary5 = /** @type {(inputs: Library_F12silentconnectioninusesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tras dos DELE la conexión enmudece (un router NAT la olvida): queda medio abierta. El portátil no oye nada y se rinde tras su tiempo de espera de 60 segundos; al servidor nunca se le avisa y conserva la sesión y el bloqueo del buzón hasta que salta su cierre automático (RFC 1939 §3). Hasta entonces, cada consulta recibe -ERR [IN-USE] (RFC 2449 §8.1.2). La sesión colgada nunca llega a UPDATE, así que sus marcas se pierden y los dos mensajes vuelven.`)
};

const de_library_f12silentconnectioninusesummary5 = /** @type {(inputs: Library_F12silentconnectioninusesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nach zwei DELE verstummt die Verbindung (ein NAT-Router vergisst sie): halboffen. Der Laptop hört nichts und gibt nach seinem Timeout von 60 Sekunden auf; der Server erfährt es nie und behält Sitzung und Postfachsperre, bis sein Auto-Logout-Timer auslöst (RFC 1939 §3). Bis dahin bekommt jeder Abruf -ERR [IN-USE] (RFC 2449 §8.1.2). Die hängende Sitzung erreicht UPDATE nie, also verfallen ihre Markierungen, und die zwei Nachrichten kommen wieder.`)
};

/**
* | output |
* | --- |
* | "After two DELEs the connection goes silent (a NAT router forgets it): half-open. The laptop hears nothing and gives up after its 60-second timeout; the serve..." |
*
* @param {Library_F12silentconnectioninusesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f12silentconnectioninusesummary5 = /** @type {((inputs?: Library_F12silentconnectioninusesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F12silentconnectioninusesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f12silentconnectioninusesummary5(inputs)
	if (locale === "de") return de_library_f12silentconnectioninusesummary5(inputs)
	return en_library_f12silentconnectioninusesummary5(inputs)
});
export { library_f12silentconnectioninusesummary5 as "library_f12SilentConnectionInUseSummary" }