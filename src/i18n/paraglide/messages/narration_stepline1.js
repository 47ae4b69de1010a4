/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, text: NonNullable<unknown> }} Narration_Stepline1Inputs */

const en_narration_stepline1 = /** @type {(inputs: Narration_Stepline1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step}: ${i?.text}`)
};

const es_narration_stepline1 = /** @type {(inputs: Narration_Stepline1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step}: ${i?.text}`)
};

const de_narration_stepline1 = /** @type {(inputs: Narration_Stepline1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step}: ${i?.text}`)
};

/**
* | output |
* | --- |
* | "Step {step}: {text}" |
*
* @param {Narration_Stepline1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_stepline1 = /** @type {((inputs: Narration_Stepline1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Stepline1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_stepline1(inputs)
	if (locale === "de") return de_narration_stepline1(inputs)
	return en_narration_stepline1(inputs)
});
export { narration_stepline1 as "narration_stepLine" }