/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Alreadyconnected1Inputs */

const en_terminal_alreadyconnected1 = /** @type {(inputs: Terminal_Alreadyconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Already connected: the session is open.`)
};

const es_terminal_alreadyconnected1 = /** @type {(inputs: Terminal_Alreadyconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya estás conectado: la sesión está abierta.`)
};

const de_terminal_alreadyconnected1 = /** @type {(inputs: Terminal_Alreadyconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schon verbunden: Die Sitzung ist offen.`)
};

/**
* | output |
* | --- |
* | "Already connected: the session is open." |
*
* @param {Terminal_Alreadyconnected1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_alreadyconnected1 = /** @type {((inputs?: Terminal_Alreadyconnected1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Alreadyconnected1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_alreadyconnected1(inputs)
	if (locale === "de") return de_terminal_alreadyconnected1(inputs)
	return en_terminal_alreadyconnected1(inputs)
});
export { terminal_alreadyconnected1 as "terminal_alreadyConnected" }