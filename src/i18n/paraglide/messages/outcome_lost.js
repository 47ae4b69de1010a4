/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Outcome_LostInputs */

const en_outcome_lost = /** @type {(inputs: Outcome_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lost: ${i?.n}`)
};

const es_outcome_lost = /** @type {(inputs: Outcome_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Perdidos: ${i?.n}`)
};

const de_outcome_lost = /** @type {(inputs: Outcome_LostInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verloren: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Lost: {n}" |
*
* @param {Outcome_LostInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_lost = /** @type {((inputs: Outcome_LostInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_LostInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_lost(inputs)
	if (locale === "de") return de_outcome_lost(inputs)
	return en_outcome_lost(inputs)
});