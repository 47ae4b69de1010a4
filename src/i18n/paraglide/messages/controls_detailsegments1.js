/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Controls_Detailsegments1Inputs */

const en_controls_detailsegments1 = /** @type {(inputs: Controls_Detailsegments1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segments`)
};

const es_controls_detailsegments1 = /** @type {(inputs: Controls_Detailsegments1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segmentos`)
};

const de_controls_detailsegments1 = /** @type {(inputs: Controls_Detailsegments1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segmente`)
};

/**
* | output |
* | --- |
* | "Segments" |
*
* @param {Controls_Detailsegments1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_detailsegments1 = /** @type {((inputs?: Controls_Detailsegments1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Detailsegments1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_detailsegments1(inputs)
	if (locale === "de") return de_controls_detailsegments1(inputs)
	return en_controls_detailsegments1(inputs)
});
export { controls_detailsegments1 as "controls_detailSegments" }