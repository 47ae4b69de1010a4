/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1rcev2Inputs */

const en_terminal_helppop1rcev2 = /** @type {(inputs: Terminal_Helppop1rcev2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ready to receive: the server sends the whole mailbox (RFC 918).`)
};

const es_terminal_helppop1rcev2 = /** @type {(inputs: Terminal_Helppop1rcev2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Listo para recibir: el servidor envía el buzón entero (RFC 918).`)
};

const de_terminal_helppop1rcev2 = /** @type {(inputs: Terminal_Helppop1rcev2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bereit zum Empfang: Der Server sendet das ganze Postfach (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Ready to receive: the server sends the whole mailbox (RFC 918)." |
*
* @param {Terminal_Helppop1rcev2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1rcev2 = /** @type {((inputs?: Terminal_Helppop1rcev2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1rcev2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1rcev2(inputs)
	if (locale === "de") return de_terminal_helppop1rcev2(inputs)
	return en_terminal_helppop1rcev2(inputs)
});
export { terminal_helppop1rcev2 as "terminal_helpPop1Rcev" }