/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Scenariofaultsoff2Inputs */

const en_layout_scenariofaultsoff2 = /** @type {(inputs: Layout_Scenariofaultsoff2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The scenario's own faults are switched off.`)
};

const es_layout_scenariofaultsoff2 = /** @type {(inputs: Layout_Scenariofaultsoff2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los fallos propios del escenario están desactivados.`)
};

const de_layout_scenariofaultsoff2 = /** @type {(inputs: Layout_Scenariofaultsoff2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die eigenen Störungen des Szenarios sind ausgeschaltet.`)
};

/**
* | output |
* | --- |
* | "The scenario's own faults are switched off." |
*
* @param {Layout_Scenariofaultsoff2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_scenariofaultsoff2 = /** @type {((inputs?: Layout_Scenariofaultsoff2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Scenariofaultsoff2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_scenariofaultsoff2(inputs)
	if (locale === "de") return de_layout_scenariofaultsoff2(inputs)
	return en_layout_scenariofaultsoff2(inputs)
});
export { layout_scenariofaultsoff2 as "layout_scenarioFaultsOff" }