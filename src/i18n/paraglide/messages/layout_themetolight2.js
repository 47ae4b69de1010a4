/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Themetolight2Inputs */

const en_layout_themetolight2 = /** @type {(inputs: Layout_Themetolight2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Light theme`)
};

const es_layout_themetolight2 = /** @type {(inputs: Layout_Themetolight2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tema claro`)
};

const de_layout_themetolight2 = /** @type {(inputs: Layout_Themetolight2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Helles Design`)
};

/**
* | output |
* | --- |
* | "Light theme" |
*
* @param {Layout_Themetolight2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_themetolight2 = /** @type {((inputs?: Layout_Themetolight2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Themetolight2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_themetolight2(inputs)
	if (locale === "de") return de_layout_themetolight2(inputs)
	return en_layout_themetolight2(inputs)
});
export { layout_themetolight2 as "layout_themeToLight" }