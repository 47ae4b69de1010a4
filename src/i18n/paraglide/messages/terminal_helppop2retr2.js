/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2retr2Inputs */

const en_terminal_helppop2retr2 = /** @type {(inputs: Terminal_Helppop2retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sends the current message: exactly c characters, no status line, no terminator (RFC 937).`)
};

const es_terminal_helppop2retr2 = /** @type {(inputs: Terminal_Helppop2retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envía el mensaje actual: exactamente c caracteres, sin línea de estado ni terminador (RFC 937).`)
};

const de_terminal_helppop2retr2 = /** @type {(inputs: Terminal_Helppop2retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendet die aktuelle Nachricht: genau c Zeichen, ohne Statuszeile, ohne Endmarke (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Sends the current message: exactly c characters, no status line, no terminator (RFC 937)." |
*
* @param {Terminal_Helppop2retr2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2retr2 = /** @type {((inputs?: Terminal_Helppop2retr2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2retr2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2retr2(inputs)
	if (locale === "de") return de_terminal_helppop2retr2(inputs)
	return en_terminal_helppop2retr2(inputs)
});
export { terminal_helppop2retr2 as "terminal_helpPop2Retr" }