/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1pass2Inputs */

const en_terminal_helppop1pass2 = /** @type {(inputs: Terminal_Helppop1pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gives the password; together with USER it opens access to the mailbox (RFC 918).`)
};

const es_terminal_helppop1pass2 = /** @type {(inputs: Terminal_Helppop1pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da la contraseña; junto con USER abre el acceso al buzón (RFC 918).`)
};

const de_terminal_helppop1pass2 = /** @type {(inputs: Terminal_Helppop1pass2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gibt das Passwort; zusammen mit USER öffnet es den Zugang zum Postfach (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Gives the password; together with USER it opens access to the mailbox (RFC 918)." |
*
* @param {Terminal_Helppop1pass2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1pass2 = /** @type {((inputs?: Terminal_Helppop1pass2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1pass2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1pass2(inputs)
	if (locale === "de") return de_terminal_helppop1pass2(inputs)
	return en_terminal_helppop1pass2(inputs)
});
export { terminal_helppop1pass2 as "terminal_helpPop1Pass" }