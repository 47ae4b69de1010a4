/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_ClearedInputs */

const en_terminal_cleared = /** @type {(inputs: Terminal_ClearedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Screen cleared.`)
};

const es_terminal_cleared = /** @type {(inputs: Terminal_ClearedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pantalla limpia.`)
};

const de_terminal_cleared = /** @type {(inputs: Terminal_ClearedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bildschirm geleert.`)
};

/**
* | output |
* | --- |
* | "Screen cleared." |
*
* @param {Terminal_ClearedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_cleared = /** @type {((inputs?: Terminal_ClearedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_ClearedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_cleared(inputs)
	if (locale === "de") return de_terminal_cleared(inputs)
	return en_terminal_cleared(inputs)
});