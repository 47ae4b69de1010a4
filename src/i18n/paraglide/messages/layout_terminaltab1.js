/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Terminaltab1Inputs */

const en_layout_terminaltab1 = /** @type {(inputs: Layout_Terminaltab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

const es_layout_terminaltab1 = /** @type {(inputs: Layout_Terminaltab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

const de_layout_terminaltab1 = /** @type {(inputs: Layout_Terminaltab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Terminal`)
};

/**
* | output |
* | --- |
* | "Terminal" |
*
* @param {Layout_Terminaltab1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_terminaltab1 = /** @type {((inputs?: Layout_Terminaltab1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Terminaltab1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_terminaltab1(inputs)
	if (locale === "de") return de_layout_terminaltab1(inputs)
	return en_layout_terminaltab1(inputs)
});
export { layout_terminaltab1 as "layout_terminalTab" }