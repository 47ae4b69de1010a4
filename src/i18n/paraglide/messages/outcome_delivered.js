/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Outcome_DeliveredInputs */

const en_outcome_delivered = /** @type {(inputs: Outcome_DeliveredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Delivered: ${i?.n}`)
};

const es_outcome_delivered = /** @type {(inputs: Outcome_DeliveredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Entregados: ${i?.n}`)
};

const de_outcome_delivered = /** @type {(inputs: Outcome_DeliveredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Zugestellt: ${i?.n}`)
};

/**
* | output |
* | --- |
* | "Delivered: {n}" |
*
* @param {Outcome_DeliveredInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const outcome_delivered = /** @type {((inputs: Outcome_DeliveredInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Outcome_DeliveredInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_outcome_delivered(inputs)
	if (locale === "de") return de_outcome_delivered(inputs)
	return en_outcome_delivered(inputs)
});