/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3quit2Inputs */

const en_terminal_helppop3quit2 = /** @type {(inputs: Terminal_Helppop3quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ends the session; after login this is the UPDATE step that removes marked messages (RFC 1939 §6).`)
};

const es_terminal_helppop3quit2 = /** @type {(inputs: Terminal_Helppop3quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Termina la sesión; tras iniciar sesión, este es el paso UPDATE que elimina los mensajes marcados (RFC 1939 §6).`)
};

const de_terminal_helppop3quit2 = /** @type {(inputs: Terminal_Helppop3quit2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beendet die Sitzung; nach der Anmeldung ist das der UPDATE-Schritt, der markierte Nachrichten entfernt (RFC 1939 §6).`)
};

/**
* | output |
* | --- |
* | "Ends the session; after login this is the UPDATE step that removes marked messages (RFC 1939 §6)." |
*
* @param {Terminal_Helppop3quit2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3quit2 = /** @type {((inputs?: Terminal_Helppop3quit2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3quit2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3quit2(inputs)
	if (locale === "de") return de_terminal_helppop3quit2(inputs)
	return en_terminal_helppop3quit2(inputs)
});
export { terminal_helppop3quit2 as "terminal_helpPop3Quit" }