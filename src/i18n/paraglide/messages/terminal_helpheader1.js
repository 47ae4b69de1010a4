/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ protocol: NonNullable<unknown> }} Terminal_Helpheader1Inputs */

const en_terminal_helpheader1 = /** @type {(inputs: Terminal_Helpheader1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol} commands (the server decides what is valid right now):`)
};

const es_terminal_helpheader1 = /** @type {(inputs: Terminal_Helpheader1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Órdenes de ${i?.protocol} (el servidor decide cuáles valen ahora mismo):`)
};

const de_terminal_helpheader1 = /** @type {(inputs: Terminal_Helpheader1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.protocol}-Befehle (der Server entscheidet, was gerade gültig ist):`)
};

/**
* | output |
* | --- |
* | "{protocol} commands (the server decides what is valid right now):" |
*
* @param {Terminal_Helpheader1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helpheader1 = /** @type {((inputs: Terminal_Helpheader1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helpheader1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helpheader1(inputs)
	if (locale === "de") return de_terminal_helpheader1(inputs)
	return en_terminal_helpheader1(inputs)
});
export { terminal_helpheader1 as "terminal_helpHeader" }