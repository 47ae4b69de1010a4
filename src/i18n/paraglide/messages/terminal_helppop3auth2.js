/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3auth2Inputs */

const en_terminal_helppop3auth2 = /** @type {(inputs: Terminal_Helppop3auth2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Logs in with a SASL mechanism such as PLAIN or CRAM-MD5 (RFC 5034).`)
};

const es_terminal_helppop3auth2 = /** @type {(inputs: Terminal_Helppop3auth2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicia sesión con un mecanismo SASL como PLAIN o CRAM-MD5 (RFC 5034).`)
};

const de_terminal_helppop3auth2 = /** @type {(inputs: Terminal_Helppop3auth2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meldet sich mit einem SASL-Verfahren wie PLAIN oder CRAM-MD5 an (RFC 5034).`)
};

/**
* | output |
* | --- |
* | "Logs in with a SASL mechanism such as PLAIN or CRAM-MD5 (RFC 5034)." |
*
* @param {Terminal_Helppop3auth2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3auth2 = /** @type {((inputs?: Terminal_Helppop3auth2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3auth2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3auth2(inputs)
	if (locale === "de") return de_terminal_helppop3auth2(inputs)
	return en_terminal_helppop3auth2(inputs)
});
export { terminal_helppop3auth2 as "terminal_helpPop3Auth" }