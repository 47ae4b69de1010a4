/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2helo2Inputs */

const en_terminal_helppop2helo2 = /** @type {(inputs: Terminal_Helppop2helo2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logs in with user and password and selects the default mailbox; the reply #n counts its messages (RFC 937).`)
};

const es_terminal_helppop2helo2 = /** @type {(inputs: Terminal_Helppop2helo2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con usuario y contraseña y selecciona el buzón predeterminado; la respuesta #n cuenta sus mensajes (RFC 937).`)
};

const de_terminal_helppop2helo2 = /** @type {(inputs: Terminal_Helppop2helo2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldet sich mit Benutzer und Passwort an und wählt das Standardpostfach; die Antwort #n zählt seine Nachrichten (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Logs in with user and password and selects the default mailbox; the reply #n counts its messages (RFC 937)." |
*
* @param {Terminal_Helppop2helo2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2helo2 = /** @type {((inputs?: Terminal_Helppop2helo2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2helo2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2helo2(inputs)
	if (locale === "de") return de_terminal_helppop2helo2(inputs)
	return en_terminal_helppop2helo2(inputs)
});
export { terminal_helppop2helo2 as "terminal_helpPop2Helo" }