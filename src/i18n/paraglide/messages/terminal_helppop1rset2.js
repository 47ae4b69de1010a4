/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1rset2Inputs */

const en_terminal_helppop1rset2 = /** @type {(inputs: Terminal_Helppop1rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aborts the reading transaction; nothing is deleted (RFC 918).`)
};

const es_terminal_helppop1rset2 = /** @type {(inputs: Terminal_Helppop1rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancela la transacción de lectura; no se borra nada (RFC 918).`)
};

const de_terminal_helppop1rset2 = /** @type {(inputs: Terminal_Helppop1rset2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bricht die Lesetransaktion ab; nichts wird gelöscht (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Aborts the reading transaction; nothing is deleted (RFC 918)." |
*
* @param {Terminal_Helppop1rset2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1rset2 = /** @type {((inputs?: Terminal_Helppop1rset2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1rset2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1rset2(inputs)
	if (locale === "de") return de_terminal_helppop1rset2(inputs)
	return en_terminal_helppop1rset2(inputs)
});
export { terminal_helppop1rset2 as "terminal_helpPop1Rset" }