/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1user2Inputs */

const en_terminal_helppop1user2 = /** @type {(inputs: Terminal_Helppop1user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Names the user; PASS must follow (RFC 918).`)
};

const es_terminal_helppop1user2 = /** @type {(inputs: Terminal_Helppop1user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nombra al usuario; después debe ir PASS (RFC 918).`)
};

const de_terminal_helppop1user2 = /** @type {(inputs: Terminal_Helppop1user2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nennt den Benutzer; danach muss PASS folgen (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Names the user; PASS must follow (RFC 918)." |
*
* @param {Terminal_Helppop1user2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1user2 = /** @type {((inputs?: Terminal_Helppop1user2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1user2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1user2(inputs)
	if (locale === "de") return de_terminal_helppop1user2(inputs)
	return en_terminal_helppop1user2(inputs)
});
export { terminal_helppop1user2 as "terminal_helpPop1User" }