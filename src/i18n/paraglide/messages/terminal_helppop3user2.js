/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3user2Inputs */

const en_terminal_helppop3user2 = /** @type {(inputs: Terminal_Helppop3user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Names the maildrop to open; PASS must follow (RFC 1939 §7).`)
};

const es_terminal_helppop3user2 = /** @type {(inputs: Terminal_Helppop3user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nombra el buzón que se quiere abrir; después debe ir PASS (RFC 1939 §7).`)
};

const de_terminal_helppop3user2 = /** @type {(inputs: Terminal_Helppop3user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nennt das Postfach, das geöffnet werden soll; danach muss PASS folgen (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Names the maildrop to open; PASS must follow (RFC 1939 §7)." |
*
* @param {Terminal_Helppop3user2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3user2 = /** @type {((inputs?: Terminal_Helppop3user2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3user2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3user2(inputs)
	if (locale === "de") return de_terminal_helppop3user2(inputs)
	return en_terminal_helppop3user2(inputs)
});
export { terminal_helppop3user2 as "terminal_helpPop3User" }