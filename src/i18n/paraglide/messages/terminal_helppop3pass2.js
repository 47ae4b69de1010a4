/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3pass2Inputs */

const en_terminal_helppop3pass2 = /** @type {(inputs: Terminal_Helppop3pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gives the password for the USER just named; on +OK the maildrop is locked (RFC 1939 §7).`)
};

const es_terminal_helppop3pass2 = /** @type {(inputs: Terminal_Helppop3pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da la contraseña del USER recién nombrado; con +OK el buzón queda bloqueado (RFC 1939 §7).`)
};

const de_terminal_helppop3pass2 = /** @type {(inputs: Terminal_Helppop3pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gibt das Passwort zum eben genannten USER; bei +OK ist das Postfach gesperrt (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Gives the password for the USER just named; on +OK the maildrop is locked (RFC 1939 §7)." |
*
* @param {Terminal_Helppop3pass2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3pass2 = /** @type {((inputs?: Terminal_Helppop3pass2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3pass2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3pass2(inputs)
	if (locale === "de") return de_terminal_helppop3pass2(inputs)
	return en_terminal_helppop3pass2(inputs)
});
export { terminal_helppop3pass2 as "terminal_helpPop3Pass" }