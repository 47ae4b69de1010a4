/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ host: NonNullable<unknown> }} Terminal_ConnectingInputs */

const en_terminal_connecting = /** @type {(inputs: Terminal_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Connecting to ${i?.host}…`)
};

const es_terminal_connecting = /** @type {(inputs: Terminal_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Conectando con ${i?.host}…`)
};

const de_terminal_connecting = /** @type {(inputs: Terminal_ConnectingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verbinde mit ${i?.host}…`)
};

/**
* | output |
* | --- |
* | "Connecting to {host}…" |
*
* @param {Terminal_ConnectingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const terminal_connecting = /** @type {((inputs: Terminal_ConnectingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_ConnectingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_connecting(inputs)
	if (locale === "de") return de_terminal_connecting(inputs)
	return en_terminal_connecting(inputs)
});