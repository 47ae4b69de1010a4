/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3retr2Inputs */

const en_terminal_helppop3retr2 = /** @type {(inputs: Terminal_Helppop3retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sends message n, dot-stuffed and ended by a line with a single dot (RFC 1939 §5).`)
};

const es_terminal_helppop3retr2 = /** @type {(inputs: Terminal_Helppop3retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Envía el mensaje n, con relleno de puntos y terminado por una línea con un solo punto (RFC 1939 §5).`)
};

const de_terminal_helppop3retr2 = /** @type {(inputs: Terminal_Helppop3retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sendet Nachricht n, mit verdoppelten Punkten und beendet durch eine Zeile mit einem einzelnen Punkt (RFC 1939 §5).`)
};

/**
* | output |
* | --- |
* | "Sends message n, dot-stuffed and ended by a line with a single dot (RFC 1939 §5)." |
*
* @param {Terminal_Helppop3retr2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3retr2 = /** @type {((inputs?: Terminal_Helppop3retr2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3retr2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3retr2(inputs)
	if (locale === "de") return de_terminal_helppop3retr2(inputs)
	return en_terminal_helppop3retr2(inputs)
});
export { terminal_helppop3retr2 as "terminal_helpPop3Retr" }