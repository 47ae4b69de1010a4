/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Themetodark2Inputs */

const en_layout_themetodark2 = /** @type {(inputs: Layout_Themetodark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dark theme`)
};

const es_layout_themetodark2 = /** @type {(inputs: Layout_Themetodark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tema oscuro`)
};

const de_layout_themetodark2 = /** @type {(inputs: Layout_Themetodark2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dunkles Design`)
};

/**
* | output |
* | --- |
* | "Dark theme" |
*
* @param {Layout_Themetodark2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_themetodark2 = /** @type {((inputs?: Layout_Themetodark2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Themetodark2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_themetodark2(inputs)
	if (locale === "de") return de_layout_themetodark2(inputs)
	return en_layout_themetodark2(inputs)
});
export { layout_themetodark2 as "layout_themeToDark" }