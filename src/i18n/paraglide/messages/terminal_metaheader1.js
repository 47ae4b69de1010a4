/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Metaheader1Inputs */

const en_terminal_metaheader1 = /** @type {(inputs: Terminal_Metaheader1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal commands:`)
};

const es_terminal_metaheader1 = /** @type {(inputs: Terminal_Metaheader1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Órdenes del terminal:`)
};

const de_terminal_metaheader1 = /** @type {(inputs: Terminal_Metaheader1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminalbefehle:`)
};

/**
* | output |
* | --- |
* | "Terminal commands:" |
*
* @param {Terminal_Metaheader1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_metaheader1 = /** @type {((inputs?: Terminal_Metaheader1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Metaheader1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_metaheader1(inputs)
	if (locale === "de") return de_terminal_metaheader1(inputs)
	return en_terminal_metaheader1(inputs)
});
export { terminal_metaheader1 as "terminal_metaHeader" }