/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop1noop2Inputs */

const en_terminal_helppop1noop2 = /** @type {(inputs: Terminal_Helppop1noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Does nothing; the server says +OK (RFC 918).`)
};

const es_terminal_helppop1noop2 = /** @type {(inputs: Terminal_Helppop1noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No hace nada; el servidor responde +OK (RFC 918).`)
};

const de_terminal_helppop1noop2 = /** @type {(inputs: Terminal_Helppop1noop2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tut nichts; der Server sagt +OK (RFC 918).`)
};

/**
* | output |
* | --- |
* | "Does nothing; the server says +OK (RFC 918)." |
*
* @param {Terminal_Helppop1noop2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop1noop2 = /** @type {((inputs?: Terminal_Helppop1noop2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop1noop2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop1noop2(inputs)
	if (locale === "de") return de_terminal_helppop1noop2(inputs)
	return en_terminal_helppop1noop2(inputs)
});
export { terminal_helppop1noop2 as "terminal_helpPop1Noop" }