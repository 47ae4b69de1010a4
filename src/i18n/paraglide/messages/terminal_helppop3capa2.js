/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3capa2Inputs */

const en_terminal_helppop3capa2 = /** @type {(inputs: Terminal_Helppop3capa2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lists what this server can do (RFC 2449 §5).`)
};

const es_terminal_helppop3capa2 = /** @type {(inputs: Terminal_Helppop3capa2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enumera lo que sabe hacer este servidor (RFC 2449 §5).`)
};

const de_terminal_helppop3capa2 = /** @type {(inputs: Terminal_Helppop3capa2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listet auf, was dieser Server kann (RFC 2449 §5).`)
};

/**
* | output |
* | --- |
* | "Lists what this server can do (RFC 2449 §5)." |
*
* @param {Terminal_Helppop3capa2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3capa2 = /** @type {((inputs?: Terminal_Helppop3capa2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3capa2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3capa2(inputs)
	if (locale === "de") return de_terminal_helppop3capa2(inputs)
	return en_terminal_helppop3capa2(inputs)
});
export { terminal_helppop3capa2 as "terminal_helpPop3Capa" }