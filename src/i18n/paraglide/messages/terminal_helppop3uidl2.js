/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3uidl2Inputs */

const en_terminal_helppop3uidl2 = /** @type {(inputs: Terminal_Helppop3uidl2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lists the unique id of every message, or of message n (RFC 1939 §7).`)
};

const es_terminal_helppop3uidl2 = /** @type {(inputs: Terminal_Helppop3uidl2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da el identificador único de cada mensaje, o del mensaje n (RFC 1939 §7).`)
};

const de_terminal_helppop3uidl2 = /** @type {(inputs: Terminal_Helppop3uidl2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nennt die eindeutige ID jeder Nachricht oder der Nachricht n (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Lists the unique id of every message, or of message n (RFC 1939 §7)." |
*
* @param {Terminal_Helppop3uidl2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3uidl2 = /** @type {((inputs?: Terminal_Helppop3uidl2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3uidl2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3uidl2(inputs)
	if (locale === "de") return de_terminal_helppop3uidl2(inputs)
	return en_terminal_helppop3uidl2(inputs)
});
export { terminal_helppop3uidl2 as "terminal_helpPop3Uidl" }