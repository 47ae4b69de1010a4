/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Tabslabel1Inputs */

const en_layout_tabslabel1 = /** @type {(inputs: Layout_Tabslabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`More views`)
};

const es_layout_tabslabel1 = /** @type {(inputs: Layout_Tabslabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Más vistas`)
};

const de_layout_tabslabel1 = /** @type {(inputs: Layout_Tabslabel1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weitere Ansichten`)
};

/**
* | output |
* | --- |
* | "More views" |
*
* @param {Layout_Tabslabel1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_tabslabel1 = /** @type {((inputs?: Layout_Tabslabel1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Tabslabel1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_tabslabel1(inputs)
	if (locale === "de") return de_layout_tabslabel1(inputs)
	return en_layout_tabslabel1(inputs)
});
export { layout_tabslabel1 as "layout_tabsLabel" }