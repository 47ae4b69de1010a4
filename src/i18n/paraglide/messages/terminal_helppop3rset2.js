/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3rset2Inputs */

const en_terminal_helppop3rset2 = /** @type {(inputs: Terminal_Helppop3rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unmarks every message marked by DELE in this session (RFC 1939 §5).`)
};

const es_terminal_helppop3rset2 = /** @type {(inputs: Terminal_Helppop3rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quita la marca a todos los mensajes marcados con DELE en esta sesión (RFC 1939 §5).`)
};

const de_terminal_helppop3rset2 = /** @type {(inputs: Terminal_Helppop3rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hebt alle Markierungen auf, die DELE in dieser Sitzung gesetzt hat (RFC 1939 §5).`)
};

/**
* | output |
* | --- |
* | "Unmarks every message marked by DELE in this session (RFC 1939 §5)." |
*
* @param {Terminal_Helppop3rset2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3rset2 = /** @type {((inputs?: Terminal_Helppop3rset2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3rset2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3rset2(inputs)
	if (locale === "de") return de_terminal_helppop3rset2(inputs)
	return en_terminal_helppop3rset2(inputs)
});
export { terminal_helppop3rset2 as "terminal_helpPop3Rset" }