/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Sidec2s1Inputs */

const en_layout_sidec2s1 = /** @type {(inputs: Layout_Sidec2s1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`client → server`)
};

const es_layout_sidec2s1 = /** @type {(inputs: Layout_Sidec2s1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`cliente → servidor`)
};

const de_layout_sidec2s1 = /** @type {(inputs: Layout_Sidec2s1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Client → Server`)
};

/**
* | output |
* | --- |
* | "client → server" |
*
* @param {Layout_Sidec2s1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_sidec2s1 = /** @type {((inputs?: Layout_Sidec2s1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Sidec2s1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_sidec2s1(inputs)
	if (locale === "de") return de_layout_sidec2s1(inputs)
	return en_layout_sidec2s1(inputs)
});
export { layout_sidec2s1 as "layout_sideC2s" }