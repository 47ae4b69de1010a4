/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3apop2Inputs */

const en_terminal_helppop3apop2 = /** @type {(inputs: Terminal_Helppop3apop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logs in with an MD5 digest of the greeting timestamp and the secret, no password on the wire (RFC 1939 §7).`)
};

const es_terminal_helppop3apop2 = /** @type {(inputs: Terminal_Helppop3apop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con un resumen MD5 de la sello de tiempo del saludo y el secreto; la contraseña no viaja por la línea (RFC 1939 §7).`)
};

const de_terminal_helppop3apop2 = /** @type {(inputs: Terminal_Helppop3apop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldet sich mit einem MD5-Hash aus dem Zeitstempel der Begrüßung und dem Geheimnis an; kein Passwort auf der Leitung (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Logs in with an MD5 digest of the greeting timestamp and the secret, no password on the wire (RFC 1939 §7)." |
*
* @param {Terminal_Helppop3apop2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3apop2 = /** @type {((inputs?: Terminal_Helppop3apop2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3apop2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3apop2(inputs)
	if (locale === "de") return de_terminal_helppop3apop2(inputs)
	return en_terminal_helppop3apop2(inputs)
});
export { terminal_helppop3apop2 as "terminal_helpPop3Apop" }