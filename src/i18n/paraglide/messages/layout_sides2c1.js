/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Sides2c1Inputs */

const en_layout_sides2c1 = /** @type {(inputs: Layout_Sides2c1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`server → client`)
};

const es_layout_sides2c1 = /** @type {(inputs: Layout_Sides2c1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`servidor → cliente`)
};

const de_layout_sides2c1 = /** @type {(inputs: Layout_Sides2c1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Server → Client`)
};

/**
* | output |
* | --- |
* | "server → client" |
*
* @param {Layout_Sides2c1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_sides2c1 = /** @type {((inputs?: Layout_Sides2c1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Sides2c1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_sides2c1(inputs)
	if (locale === "de") return de_layout_sides2c1(inputs)
	return en_layout_sides2c1(inputs)
});
export { layout_sides2c1 as "layout_sideS2c" }