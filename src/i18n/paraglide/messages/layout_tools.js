/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_ToolsInputs */

const en_layout_tools = /** @type {(inputs: Layout_ToolsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tools`)
};

const es_layout_tools = /** @type {(inputs: Layout_ToolsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Herramientas`)
};

const de_layout_tools = /** @type {(inputs: Layout_ToolsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Werkzeuge`)
};

/**
* | output |
* | --- |
* | "Tools" |
*
* @param {Layout_ToolsInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const layout_tools = /** @type {((inputs?: Layout_ToolsInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_ToolsInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_tools(inputs)
	if (locale === "de") return de_layout_tools(inputs)
	return en_layout_tools(inputs)
});