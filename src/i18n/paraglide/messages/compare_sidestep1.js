/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, last: NonNullable<unknown> }} Compare_Sidestep1Inputs */

const en_compare_sidestep1 = /** @type {(inputs: Compare_Sidestep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step} of ${i?.last}`)
};

const es_compare_sidestep1 = /** @type {(inputs: Compare_Sidestep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step} de ${i?.last}`)
};

const de_compare_sidestep1 = /** @type {(inputs: Compare_Sidestep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step} von ${i?.last}`)
};

/**
* | output |
* | --- |
* | "Step {step} of {last}" |
*
* @param {Compare_Sidestep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_sidestep1 = /** @type {((inputs: Compare_Sidestep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Sidestep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_sidestep1(inputs)
	if (locale === "de") return de_compare_sidestep1(inputs)
	return en_compare_sidestep1(inputs)
});
export { compare_sidestep1 as "compare_sideStep" }