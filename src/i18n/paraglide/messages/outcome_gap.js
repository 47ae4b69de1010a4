/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Outcome_GapInputs */

const en_outcome_gap = /** @type {(inputs: Outcome_GapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Gap: ${i?.n}`)
};

const es_outcome_gap = /** @type {(inputs: Outcome_GapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Huecos: ${i?.n}`)
};

const de_outcome_gap = /** @type {(inputs: Outcome_GapInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lücken: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Gap: {n}" |
*
* @param {Outcome_GapInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_gap = /** @type {((inputs: Outcome_GapInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_GapInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_gap(inputs)
	if (locale === "de") return de_outcome_gap(inputs)
	return en_outcome_gap(inputs)
});