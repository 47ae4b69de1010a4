/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown>, total: NonNullable<unknown> }} Controls_Stepof1Inputs */

const en_controls_stepof1 = /** @type {(inputs: Controls_Stepof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Step ${i?.step} of ${i?.total}`)
};

const es_controls_stepof1 = /** @type {(inputs: Controls_Stepof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Paso ${i?.step} de ${i?.total}`)
};

const de_controls_stepof1 = /** @type {(inputs: Controls_Stepof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schritt ${i?.step} von ${i?.total}`)
};

/**
* | output |
* | --- |
* | "Step {step} of {total}" |
*
* @param {Controls_Stepof1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const controls_stepof1 = /** @type {((inputs: Controls_Stepof1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Controls_Stepof1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_controls_stepof1(inputs)
	if (locale === "de") return de_controls_stepof1(inputs)
	return en_controls_stepof1(inputs)
});
export { controls_stepof1 as "controls_stepOf" }