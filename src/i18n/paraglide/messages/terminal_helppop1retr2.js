/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1retr2Inputs */

const en_terminal_helppop1retr2 = /** @type {(inputs: Terminal_Helppop1retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Starts a reading transaction on a mailbox that deletes nothing; the reply #c gives its size in characters (RFC 918).`)
};

const es_terminal_helppop1retr2 = /** @type {(inputs: Terminal_Helppop1retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Empieza una transacción de lectura sobre un buzón que no borra nada; la respuesta #c da su tamaño en caracteres (RFC 918).`)
};

const de_terminal_helppop1retr2 = /** @type {(inputs: Terminal_Helppop1retr2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Beginnt eine Lesetransaktion auf einem Postfach, die nichts löscht; die Antwort #c nennt seine Größe in Zeichen (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Starts a reading transaction on a mailbox that deletes nothing; the reply #c gives its size in characters (RFC 918)." |
*
* @param {Terminal_Helppop1retr2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1retr2 = /** @type {((inputs?: Terminal_Helppop1retr2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1retr2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1retr2(inputs)
	if (locale === "de") return de_terminal_helppop1retr2(inputs)
	return en_terminal_helppop1retr2(inputs)
});
export { terminal_helppop1retr2 as "terminal_helpPop1Retr" }