/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3stls2Inputs */

const en_terminal_helppop3stls2 = /** @type {(inputs: Terminal_Helppop3stls2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asks to switch the connection to TLS before logging in (RFC 2595 §4).`)
};

const es_terminal_helppop3stls2 = /** @type {(inputs: Terminal_Helppop3stls2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pide pasar la conexión a TLS antes de iniciar sesión (RFC 2595 §4).`)
};

const de_terminal_helppop3stls2 = /** @type {(inputs: Terminal_Helppop3stls2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bittet darum, die Verbindung vor der Anmeldung auf TLS umzustellen (RFC 2595 §4).`)
};

/**
* | output |
* | --- |
* | "Asks to switch the connection to TLS before logging in (RFC 2595 §4)." |
*
* @param {Terminal_Helppop3stls2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3stls2 = /** @type {((inputs?: Terminal_Helppop3stls2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3stls2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3stls2(inputs)
	if (locale === "de") return de_terminal_helppop3stls2(inputs)
	return en_terminal_helppop3stls2(inputs)
});
export { terminal_helppop3stls2 as "terminal_helpPop3Stls" }