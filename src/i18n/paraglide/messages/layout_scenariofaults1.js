/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Scenariofaults1Inputs */

const en_layout_scenariofaults1 = /** @type {(inputs: Layout_Scenariofaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This scenario injects`)
};

const es_layout_scenariofaults1 = /** @type {(inputs: Layout_Scenariofaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este escenario provoca`)
};

const de_layout_scenariofaults1 = /** @type {(inputs: Layout_Scenariofaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieses Szenario löst aus:`)
};

/**
* | output |
* | --- |
* | "This scenario injects" |
*
* @param {Layout_Scenariofaults1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_scenariofaults1 = /** @type {((inputs?: Layout_Scenariofaults1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Scenariofaults1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_scenariofaults1(inputs)
	if (locale === "de") return de_layout_scenariofaults1(inputs)
	return en_layout_scenariofaults1(inputs)
});
export { layout_scenariofaults1 as "layout_scenarioFaults" }