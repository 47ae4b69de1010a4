/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_LoadingInputs */

const en_terminal_loading = /** @type {(inputs: Terminal_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the terminal…`)
};

const es_terminal_loading = /** @type {(inputs: Terminal_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cargando el terminal…`)
};

const de_terminal_loading = /** @type {(inputs: Terminal_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Terminal wird geladen…`)
};

/**
* | output |
* | --- |
* | "Loading the terminal…" |
*
* @param {Terminal_LoadingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_loading = /** @type {((inputs?: Terminal_LoadingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_LoadingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_loading(inputs)
	if (locale === "de") return de_terminal_loading(inputs)
	return en_terminal_loading(inputs)
});