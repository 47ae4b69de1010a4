/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown> }} Faultmap_GoneInputs */

const en_faultmap_gone = /** @type {(inputs: Faultmap_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} no longer applies: this run has no such point.`)
};

const es_faultmap_gone = /** @type {(inputs: Faultmap_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} ya no se aplica: esta ejecución no tiene ese punto.`)
};

const de_faultmap_gone = /** @type {(inputs: Faultmap_GoneInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault} gilt nicht mehr: Dieser Durchlauf hat keine solche Stelle.`)
};

/**
* | output |
* | --- |
* | "{fault} no longer applies: this run has no such point." |
*
* @param {Faultmap_GoneInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_gone = /** @type {((inputs: Faultmap_GoneInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_GoneInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_gone(inputs)
	if (locale === "de") return de_faultmap_gone(inputs)
	return en_faultmap_gone(inputs)
});