/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Outcome_DuplicatedInputs */

const en_outcome_duplicated = /** @type {(inputs: Outcome_DuplicatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicated: ${i?.n}`)
};

const es_outcome_duplicated = /** @type {(inputs: Outcome_DuplicatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Duplicados: ${i?.n}`)
};

const de_outcome_duplicated = /** @type {(inputs: Outcome_DuplicatedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Doppelt: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Duplicated: {n}" |
*
* @param {Outcome_DuplicatedInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_duplicated = /** @type {((inputs: Outcome_DuplicatedInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_DuplicatedInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_duplicated(inputs)
	if (locale === "de") return de_outcome_duplicated(inputs)
	return en_outcome_duplicated(inputs)
});