/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Xtermfailed1Inputs */

const en_terminal_xtermfailed1 = /** @type {(inputs: Terminal_Xtermfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The interactive terminal could not be loaded; type your commands in the box below instead.`)
};

const es_terminal_xtermfailed1 = /** @type {(inputs: Terminal_Xtermfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo cargar el terminal interactivo; escribe tus órdenes en la casilla de abajo.`)
};

const de_terminal_xtermfailed1 = /** @type {(inputs: Terminal_Xtermfailed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das interaktive Terminal ließ sich nicht laden; tippe deine Befehle stattdessen in das Feld unten.`)
};

/**
* | output |
* | --- |
* | "The interactive terminal could not be loaded; type your commands in the box below instead." |
*
* @param {Terminal_Xtermfailed1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_xtermfailed1 = /** @type {((inputs?: Terminal_Xtermfailed1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Xtermfailed1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_xtermfailed1(inputs)
	if (locale === "de") return de_terminal_xtermfailed1(inputs)
	return en_terminal_xtermfailed1(inputs)
});
export { terminal_xtermfailed1 as "terminal_xtermFailed" }