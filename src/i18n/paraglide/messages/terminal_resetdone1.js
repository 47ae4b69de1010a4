/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Resetdone1Inputs */

const en_terminal_resetdone1 = /** @type {(inputs: Terminal_Resetdone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New server, new session.`)
};

const es_terminal_resetdone1 = /** @type {(inputs: Terminal_Resetdone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor nuevo, sesión nueva.`)
};

const de_terminal_resetdone1 = /** @type {(inputs: Terminal_Resetdone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuer Server, neue Sitzung.`)
};

/**
* | output |
* | --- |
* | "New server, new session." |
*
* @param {Terminal_Resetdone1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_resetdone1 = /** @type {((inputs?: Terminal_Resetdone1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Resetdone1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_resetdone1(inputs)
	if (locale === "de") return de_terminal_resetdone1(inputs)
	return en_terminal_resetdone1(inputs)
});
export { terminal_resetdone1 as "terminal_resetDone" }