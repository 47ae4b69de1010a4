/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown> }} Outcome_Atstep1Inputs */

const en_outcome_atstep1 = /** @type {(inputs: Outcome_Atstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at step ${i?.step}`)
};

const es_outcome_atstep1 = /** @type {(inputs: Outcome_Atstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`en el paso ${i?.step}`)
};

const de_outcome_atstep1 = /** @type {(inputs: Outcome_Atstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`bei Schritt ${i?.step}`)
};

/**
* | output |
* | --- |
* | "at step {step}" |
*
* @param {Outcome_Atstep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const outcome_atstep1 = /** @type {((inputs: Outcome_Atstep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_Atstep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_atstep1(inputs)
	if (locale === "de") return de_outcome_atstep1(inputs)
	return en_outcome_atstep1(inputs)
});
export { outcome_atstep1 as "outcome_atStep" }