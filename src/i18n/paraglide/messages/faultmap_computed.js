/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ cells: NonNullable<unknown> }} Faultmap_ComputedInputs */

const en_faultmap_computed = /** @type {(inputs: Faultmap_ComputedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`All ${i?.cells} cells computed.`)
};

const es_faultmap_computed = /** @type {(inputs: Faultmap_ComputedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Las ${i?.cells} casillas están calculadas.`)
};

const de_faultmap_computed = /** @type {(inputs: Faultmap_ComputedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alle ${i?.cells} Zellen berechnet.`)
};

/**
* | output |
* | --- |
* | "All {cells} cells computed." |
*
* @param {Faultmap_ComputedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_computed = /** @type {((inputs: Faultmap_ComputedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_ComputedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_computed(inputs)
	if (locale === "de") return de_faultmap_computed(inputs)
	return en_faultmap_computed(inputs)
});