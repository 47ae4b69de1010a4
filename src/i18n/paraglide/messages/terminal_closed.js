/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_ClosedInputs */

const en_terminal_closed = /** @type {(inputs: Terminal_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connection closed. Type connect to open a new one, or reset to start over.`)
};

const es_terminal_closed = /** @type {(inputs: Terminal_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conexión cerrada. Escribe connect para abrir otra, o reset para empezar de nuevo.`)
};

const de_terminal_closed = /** @type {(inputs: Terminal_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbindung geschlossen. Tippe connect für eine neue oder reset, um von vorn zu beginnen.`)
};

/**
* | output |
* | --- |
* | "Connection closed. Type connect to open a new one, or reset to start over." |
*
* @param {Terminal_ClosedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_closed = /** @type {((inputs?: Terminal_ClosedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_ClosedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_closed(inputs)
	if (locale === "de") return de_terminal_closed(inputs)
	return en_terminal_closed(inputs)
});