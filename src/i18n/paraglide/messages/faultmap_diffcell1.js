/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ fault: NonNullable<unknown>, a: NonNullable<unknown>, b: NonNullable<unknown> }} Faultmap_Diffcell1Inputs */

const en_faultmap_diffcell1 = /** @type {(inputs: Faultmap_Diffcell1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.a} / ${i?.b}`)
};

const es_faultmap_diffcell1 = /** @type {(inputs: Faultmap_Diffcell1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.a} / ${i?.b}`)
};

const de_faultmap_diffcell1 = /** @type {(inputs: Faultmap_Diffcell1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.fault}: ${i?.a} / ${i?.b}`)
};

/**
* | output |
* | --- |
* | "{fault}: {a} / {b}" |
*
* @param {Faultmap_Diffcell1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const faultmap_diffcell1 = /** @type {((inputs: Faultmap_Diffcell1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_Diffcell1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_diffcell1(inputs)
	if (locale === "de") return de_faultmap_diffcell1(inputs)
	return en_faultmap_diffcell1(inputs)
});
export { faultmap_diffcell1 as "faultmap_diffCell" }