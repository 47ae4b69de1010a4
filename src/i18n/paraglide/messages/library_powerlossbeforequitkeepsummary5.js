/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Powerlossbeforequitkeepsummary5Inputs */

const en_library_powerlossbeforequitkeepsummary5 = /** @type {(inputs: Library_Powerlossbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the laptop downloads each message once and leaves it on the server.`)
};

const es_library_powerlossbeforequitkeepsummary5 = /** @type {(inputs: Library_Powerlossbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`En el modo dejar en el servidor el cliente no envía DELE, así que el momento que espera este fallo (la respuesta a un DELE) nunca llega y la sesión transcurre con normalidad: el portátil descarga cada mensaje una vez y lo deja en el servidor.`)
};

const de_library_powerlossbeforequitkeepsummary5 = /** @type {(inputs: Library_Powerlossbeforequitkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beim Lassen auf dem Server sendet der Client kein DELE, also kommt der Moment, auf den diese Störung wartet (die Antwort auf ein DELE), nie, und die Sitzung läuft normal: Der Laptop lädt jede Nachricht einmal herunter und lässt sie auf dem Server.`)
};

/**
* | output |
* | --- |
* | "In leave-on-server mode the client sends no DELE, so the moment this fault waits for (the reply to a DELE) never comes and the session runs normally: the lap..." |
*
* @param {Library_Powerlossbeforequitkeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_powerlossbeforequitkeepsummary5 = /** @type {((inputs?: Library_Powerlossbeforequitkeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Powerlossbeforequitkeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_powerlossbeforequitkeepsummary5(inputs)
	if (locale === "de") return de_library_powerlossbeforequitkeepsummary5(inputs)
	return en_library_powerlossbeforequitkeepsummary5(inputs)
});
export { library_powerlossbeforequitkeepsummary5 as "library_powerLossBeforeQuitKeepSummary" }