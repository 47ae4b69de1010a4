/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Paneltitle1Inputs */

const en_terminal_paneltitle1 = /** @type {(inputs: Terminal_Paneltitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

const es_terminal_paneltitle1 = /** @type {(inputs: Terminal_Paneltitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

const de_terminal_paneltitle1 = /** @type {(inputs: Terminal_Paneltitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

/**
* | output |
* | --- |
* | "Terminal" |
*
* @param {Terminal_Paneltitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_paneltitle1 = /** @type {((inputs?: Terminal_Paneltitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Paneltitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_paneltitle1(inputs)
	if (locale === "de") return de_terminal_paneltitle1(inputs)
	return en_terminal_paneltitle1(inputs)
});
export { terminal_paneltitle1 as "terminal_panelTitle" }