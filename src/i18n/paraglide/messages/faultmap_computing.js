/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ done: NonNullable<unknown>, total: NonNullable<unknown> }} Faultmap_ComputingInputs */

const en_faultmap_computing = /** @type {(inputs: Faultmap_ComputingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Computing: ${i?.done} of ${i?.total} cells`)
};

const es_faultmap_computing = /** @type {(inputs: Faultmap_ComputingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Calculando: ${i?.done} de ${i?.total} casillas`)
};

const de_faultmap_computing = /** @type {(inputs: Faultmap_ComputingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Berechne: ${i?.done} von ${i?.total} Zellen`)
};

/**
* | output |
* | --- |
* | "Computing: {done} of {total} cells" |
*
* @param {Faultmap_ComputingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_computing = /** @type {((inputs: Faultmap_ComputingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_ComputingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_computing(inputs)
	if (locale === "de") return de_faultmap_computing(inputs)
	return en_faultmap_computing(inputs)
});