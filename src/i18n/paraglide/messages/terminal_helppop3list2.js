/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3list2Inputs */

const en_terminal_helppop3list2 = /** @type {(inputs: Terminal_Helppop3list2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lists the size of every message, or of message n (RFC 1939 §5).`)
};

const es_terminal_helppop3list2 = /** @type {(inputs: Terminal_Helppop3list2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da el tamaño de cada mensaje, o del mensaje n (RFC 1939 §5).`)
};

const de_terminal_helppop3list2 = /** @type {(inputs: Terminal_Helppop3list2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nennt die Größe jeder Nachricht oder der Nachricht n (RFC 1939 §5).`)
};

/**
* | output |
* | --- |
* | "Lists the size of every message, or of message n (RFC 1939 §5)." |
*
* @param {Terminal_Helppop3list2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3list2 = /** @type {((inputs?: Terminal_Helppop3list2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3list2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3list2(inputs)
	if (locale === "de") return de_terminal_helppop3list2(inputs)
	return en_terminal_helppop3list2(inputs)
});
export { terminal_helppop3list2 as "terminal_helpPop3List" }