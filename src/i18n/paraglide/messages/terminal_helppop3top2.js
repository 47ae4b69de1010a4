/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3top2Inputs */

const en_terminal_helppop3top2 = /** @type {(inputs: Terminal_Helppop3top2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sends the headers of message n and its first k body lines (RFC 1939 §7).`)
};

const es_terminal_helppop3top2 = /** @type {(inputs: Terminal_Helppop3top2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envía las cabeceras del mensaje n y las k primeras líneas del cuerpo (RFC 1939 §7).`)
};

const de_terminal_helppop3top2 = /** @type {(inputs: Terminal_Helppop3top2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendet die Kopfzeilen von Nachricht n und die ersten k Zeilen des Textes (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Sends the headers of message n and its first k body lines (RFC 1939 §7)." |
*
* @param {Terminal_Helppop3top2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3top2 = /** @type {((inputs?: Terminal_Helppop3top2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3top2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3top2(inputs)
	if (locale === "de") return de_terminal_helppop3top2(inputs)
	return en_terminal_helppop3top2(inputs)
});
export { terminal_helppop3top2 as "terminal_helpPop3Top" }