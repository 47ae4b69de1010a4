/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Notconnected1Inputs */

const en_terminal_notconnected1 = /** @type {(inputs: Terminal_Notconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not connected. Type connect to open a new connection, or reset to start over.`)
};

const es_terminal_notconnected1 = /** @type {(inputs: Terminal_Notconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin conexión. Escribe connect para abrir una conexión nueva, o reset para empezar de nuevo.`)
};

const de_terminal_notconnected1 = /** @type {(inputs: Terminal_Notconnected1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht verbunden. Tippe connect für eine neue Verbindung oder reset, um von vorn zu beginnen.`)
};

/**
* | output |
* | --- |
* | "Not connected. Type connect to open a new connection, or reset to start over." |
*
* @param {Terminal_Notconnected1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_notconnected1 = /** @type {((inputs?: Terminal_Notconnected1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Notconnected1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_notconnected1(inputs)
	if (locale === "de") return de_terminal_notconnected1(inputs)
	return en_terminal_notconnected1(inputs)
});
export { terminal_notconnected1 as "terminal_notConnected" }