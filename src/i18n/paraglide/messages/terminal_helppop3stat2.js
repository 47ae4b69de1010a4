/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3stat2Inputs */

const en_terminal_helppop3stat2 = /** @type {(inputs: Terminal_Helppop3stat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Counts the messages and their octets, leaving out marked ones (RFC 1939 §5).`)
};

const es_terminal_helppop3stat2 = /** @type {(inputs: Terminal_Helppop3stat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuenta los mensajes y sus octetos, sin contar los marcados (RFC 1939 §5).`)
};

const de_terminal_helppop3stat2 = /** @type {(inputs: Terminal_Helppop3stat2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zählt die Nachrichten und ihre Oktette, ohne die markierten (RFC 1939 §5).`)
};

/**
* | output |
* | --- |
* | "Counts the messages and their octets, leaving out marked ones (RFC 1939 §5)." |
*
* @param {Terminal_Helppop3stat2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3stat2 = /** @type {((inputs?: Terminal_Helppop3stat2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3stat2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3stat2(inputs)
	if (locale === "de") return de_terminal_helppop3stat2(inputs)
	return en_terminal_helppop3stat2(inputs)
});
export { terminal_helppop3stat2 as "terminal_helpPop3Stat" }