/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Terminal_CompletionsInputs */

const en_terminal_completions = /** @type {(inputs: Terminal_CompletionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Completions: ${i?.names}`)
};

const es_terminal_completions = /** @type {(inputs: Terminal_CompletionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Posibles: ${i?.names}`)
};

const de_terminal_completions = /** @type {(inputs: Terminal_CompletionsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Möglich: ${i?.names}`)
};

/**
* | output |
* | --- |
* | "Completions: {names}" |
*
* @param {Terminal_CompletionsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_completions = /** @type {((inputs: Terminal_CompletionsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_CompletionsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_completions(inputs)
	if (locale === "de") return de_terminal_completions(inputs)
	return en_terminal_completions(inputs)
});