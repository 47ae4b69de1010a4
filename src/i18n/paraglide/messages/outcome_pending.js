/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Outcome_PendingInputs */

const en_outcome_pending = /** @type {(inputs: Outcome_PendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not decided yet: ${i?.n}`)
};

const es_outcome_pending = /** @type {(inputs: Outcome_PendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Aún sin decidir: ${i?.n}`)
};

const de_outcome_pending = /** @type {(inputs: Outcome_PendingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Noch offen: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Not decided yet: {n}" |
*
* @param {Outcome_PendingInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_pending = /** @type {((inputs: Outcome_PendingInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_PendingInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_pending(inputs)
	if (locale === "de") return de_outcome_pending(inputs)
	return en_outcome_pending(inputs)
});