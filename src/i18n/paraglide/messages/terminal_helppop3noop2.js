/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop3noop2Inputs */

const en_terminal_helppop3noop2 = /** @type {(inputs: Terminal_Helppop3noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Does nothing; the server just says +OK (RFC 1939 §5).`)
};

const es_terminal_helppop3noop2 = /** @type {(inputs: Terminal_Helppop3noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hace nada; el servidor solo responde +OK (RFC 1939 §5).`)
};

const de_terminal_helppop3noop2 = /** @type {(inputs: Terminal_Helppop3noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tut nichts; der Server sagt nur +OK (RFC 1939 §5).`)
};

/**
* | output |
* | --- |
* | "Does nothing; the server just says +OK (RFC 1939 §5)." |
*
* @param {Terminal_Helppop3noop2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop3noop2 = /** @type {((inputs?: Terminal_Helppop3noop2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop3noop2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop3noop2(inputs)
	if (locale === "de") return de_terminal_helppop3noop2(inputs)
	return en_terminal_helppop3noop2(inputs)
});
export { terminal_helppop3noop2 as "terminal_helpPop3Noop" }