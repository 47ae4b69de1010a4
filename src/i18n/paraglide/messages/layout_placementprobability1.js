/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, d: NonNullable<unknown> }} Layout_Placementprobability1Inputs */

const en_layout_placementprobability1 = /** @type {(inputs: Layout_Placementprobability1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`with chance ${i?.n} in ${i?.d} at each step`)
};

const es_layout_placementprobability1 = /** @type {(inputs: Layout_Placementprobability1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`con probabilidad ${i?.n} entre ${i?.d} en cada paso`)
};

const de_layout_placementprobability1 = /** @type {(inputs: Layout_Placementprobability1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`mit einer Chance von ${i?.n} zu ${i?.d} bei jedem Schritt`)
};

/**
* | output |
* | --- |
* | "with chance {n} in {d} at each step" |
*
* @param {Layout_Placementprobability1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementprobability1 = /** @type {((inputs: Layout_Placementprobability1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementprobability1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementprobability1(inputs)
	if (locale === "de") return de_layout_placementprobability1(inputs)
	return en_layout_placementprobability1(inputs)
});
export { layout_placementprobability1 as "layout_placementProbability" }