/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, left: NonNullable<unknown>, leftSide: NonNullable<unknown>, right: NonNullable<unknown>, rightSide: NonNullable<unknown> }} Compare_RowInputs */

const en_compare_row = /** @type {(inputs: Compare_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.n}: ${i?.left} (${i?.leftSide}) vs ${i?.right} (${i?.rightSide})`)
};

const es_compare_row = /** @type {(inputs: Compare_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mensaje ${i?.n}: ${i?.left} (${i?.leftSide}) frente a ${i?.right} (${i?.rightSide})`)
};

const de_compare_row = /** @type {(inputs: Compare_RowInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.n}: ${i?.left} (${i?.leftSide}) gegen ${i?.right} (${i?.rightSide})`)
};

/**
* | output |
* | --- |
* | "Message {n}: {left} ({leftSide}) vs {right} ({rightSide})" |
*
* @param {Compare_RowInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const compare_row = /** @type {((inputs: Compare_RowInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_RowInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_row(inputs)
	if (locale === "de") return de_compare_row(inputs)
	return en_compare_row(inputs)
});