/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Faultmap_Stephead1Inputs */

const en_faultmap_stephead1 = /** @type {(inputs: Faultmap_Stephead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Step`)
};

const es_faultmap_stephead1 = /** @type {(inputs: Faultmap_Stephead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Paso`)
};

const de_faultmap_stephead1 = /** @type {(inputs: Faultmap_Stephead1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Schritt`)
};

/**
* | output |
* | --- |
* | "Step" |
*
* @param {Faultmap_Stephead1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_stephead1 = /** @type {((inputs?: Faultmap_Stephead1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Stephead1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_stephead1(inputs)
	if (locale === "de") return de_faultmap_stephead1(inputs)
	return en_faultmap_stephead1(inputs)
});
export { faultmap_stephead1 as "faultmap_stepHead" }