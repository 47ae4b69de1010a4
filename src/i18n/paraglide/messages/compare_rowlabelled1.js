/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, label: NonNullable<unknown>, left: NonNullable<unknown>, leftSide: NonNullable<unknown>, right: NonNullable<unknown>, rightSide: NonNullable<unknown> }} Compare_Rowlabelled1Inputs */

const en_compare_rowlabelled1 = /** @type {(inputs: Compare_Rowlabelled1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Message ${i?.n} (“${i?.label}”): ${i?.left} (${i?.leftSide}) vs ${i?.right} (${i?.rightSide})`)
};

const es_compare_rowlabelled1 = /** @type {(inputs: Compare_Rowlabelled1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mensaje ${i?.n} («${i?.label}»): ${i?.left} (${i?.leftSide}) frente a ${i?.right} (${i?.rightSide})`)
};

const de_compare_rowlabelled1 = /** @type {(inputs: Compare_Rowlabelled1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nachricht ${i?.n} („${i?.label}“): ${i?.left} (${i?.leftSide}) gegen ${i?.right} (${i?.rightSide})`)
};

/**
* | output |
* | --- |
* | "Message {n} (“{label}”): {left} ({leftSide}) vs {right} ({rightSide})" |
*
* @param {Compare_Rowlabelled1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_rowlabelled1 = /** @type {((inputs: Compare_Rowlabelled1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Rowlabelled1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_rowlabelled1(inputs)
	if (locale === "de") return de_compare_rowlabelled1(inputs)
	return en_compare_rowlabelled1(inputs)
});
export { compare_rowlabelled1 as "compare_rowLabelled" }