/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3dele2Inputs */

const en_terminal_helppop3dele2 = /** @type {(inputs: Terminal_Helppop3dele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marks message n as deleted; nothing is removed before QUIT (RFC 1939 §5, §6).`)
};

const es_terminal_helppop3dele2 = /** @type {(inputs: Terminal_Helppop3dele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Marca el mensaje n como borrado; no se elimina nada antes de QUIT (RFC 1939 §5, §6).`)
};

const de_terminal_helppop3dele2 = /** @type {(inputs: Terminal_Helppop3dele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markiert Nachricht n als gelöscht; vor QUIT wird nichts entfernt (RFC 1939 §5, §6).`)
};

/**
* | output |
* | --- |
* | "Marks message n as deleted; nothing is removed before QUIT (RFC 1939 §5, §6)." |
*
* @param {Terminal_Helppop3dele2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3dele2 = /** @type {((inputs?: Terminal_Helppop3dele2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3dele2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3dele2(inputs)
	if (locale === "de") return de_terminal_helppop3dele2(inputs)
	return en_terminal_helppop3dele2(inputs)
});
export { terminal_helppop3dele2 as "terminal_helpPop3Dele" }