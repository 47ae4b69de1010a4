/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Inputlabel1Inputs */

const en_terminal_inputlabel1 = /** @type {(inputs: Terminal_Inputlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP command`)
};

const es_terminal_inputlabel1 = /** @type {(inputs: Terminal_Inputlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Orden POP`)
};

const de_terminal_inputlabel1 = /** @type {(inputs: Terminal_Inputlabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP-Befehl`)
};

/**
* | output |
* | --- |
* | "POP command" |
*
* @param {Terminal_Inputlabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_inputlabel1 = /** @type {((inputs?: Terminal_Inputlabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Inputlabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_inputlabel1(inputs)
	if (locale === "de") return de_terminal_inputlabel1(inputs)
	return en_terminal_inputlabel1(inputs)
});
export { terminal_inputlabel1 as "terminal_inputLabel" }