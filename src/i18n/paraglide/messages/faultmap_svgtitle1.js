/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ scenario: NonNullable<unknown> }} Faultmap_Svgtitle1Inputs */

const en_faultmap_svgtitle1 = /** @type {(inputs: Faultmap_Svgtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fault map: ${i?.scenario}`)
};

const es_faultmap_svgtitle1 = /** @type {(inputs: Faultmap_Svgtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mapa de fallos: ${i?.scenario}`)
};

const de_faultmap_svgtitle1 = /** @type {(inputs: Faultmap_Svgtitle1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Störungskarte: ${i?.scenario}`)
};

/**
* | output |
* | --- |
* | "Fault map: {scenario}" |
*
* @param {Faultmap_Svgtitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_svgtitle1 = /** @type {((inputs: Faultmap_Svgtitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Svgtitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_svgtitle1(inputs)
	if (locale === "de") return de_faultmap_svgtitle1(inputs)
	return en_faultmap_svgtitle1(inputs)
});
export { faultmap_svgtitle1 as "faultmap_svgTitle" }