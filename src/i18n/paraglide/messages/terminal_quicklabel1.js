/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Quicklabel1Inputs */

const en_terminal_quicklabel1 = /** @type {(inputs: Terminal_Quicklabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quick commands`)
};

const es_terminal_quicklabel1 = /** @type {(inputs: Terminal_Quicklabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Órdenes rápidas`)
};

const de_terminal_quicklabel1 = /** @type {(inputs: Terminal_Quicklabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schnellbefehle`)
};

/**
* | output |
* | --- |
* | "Quick commands" |
*
* @param {Terminal_Quicklabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_quicklabel1 = /** @type {((inputs?: Terminal_Quicklabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Quicklabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_quicklabel1(inputs)
	if (locale === "de") return de_terminal_quicklabel1(inputs)
	return en_terminal_quicklabel1(inputs)
});
export { terminal_quicklabel1 as "terminal_quickLabel" }