/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Powerlossbeforequitsummary4Inputs */

const en_library_powerlossbeforequitsummary4 = /** @type {(inputs: Library_Powerlossbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same moment, but the laptop loses power: nobody tells the server, which keeps the half-open session and its lock until autologout (RFC 1939 §3). The poll a minute later gets -ERR [IN-USE] (RFC 2449 §8.1.2); the one after autologout fetches the three messages again. Compare the app-crash scenario.`)
};

const es_library_powerlossbeforequitsummary4 = /** @type {(inputs: Library_Powerlossbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo momento, pero el portátil se queda sin corriente: nadie avisa al servidor, que conserva la sesión medio abierta y su bloqueo hasta el cierre automático (RFC 1939 §3). La consulta de un minuto después recibe -ERR [IN-USE] (RFC 2449 §8.1.2); la de después del cierre automático vuelve a descargar los tres mensajes. Compáralo con el escenario del programa colgado.`)
};

const de_library_powerlossbeforequitsummary4 = /** @type {(inputs: Library_Powerlossbeforequitsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derselbe Moment, aber der Laptop verliert den Strom: Niemand sagt es dem Server, der die halboffene Sitzung und ihre Sperre bis zum Auto-Logout behält (RFC 1939 §3). Der Abruf eine Minute später bekommt -ERR [IN-USE] (RFC 2449 §8.1.2); der nach dem Auto-Logout holt die drei Nachrichten noch einmal. Vergleiche das Szenario mit dem Programmabsturz.`)
};

/**
* | output |
* | --- |
* | "The same moment, but the laptop loses power: nobody tells the server, which keeps the half-open session and its lock until autologout (RFC 1939 §3). The poll..." |
*
* @param {Library_Powerlossbeforequitsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_powerlossbeforequitsummary4 = /** @type {((inputs?: Library_Powerlossbeforequitsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Powerlossbeforequitsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_powerlossbeforequitsummary4(inputs)
	if (locale === "de") return de_library_powerlossbeforequitsummary4(inputs)
	return en_library_powerlossbeforequitsummary4(inputs)
});
export { library_powerlossbeforequitsummary4 as "library_powerLossBeforeQuitSummary" }