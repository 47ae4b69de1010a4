/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, side: NonNullable<unknown>, during: NonNullable<unknown> }} Layout_Placementatoctetduring3Inputs */

const en_layout_placementatoctetduring3 = /** @type {(inputs: Layout_Placementatoctetduring3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`after ${i?.n} octets (bytes) of the next ${i?.side} ${i?.during} transfer`)
};

const es_layout_placementatoctetduring3 = /** @type {(inputs: Layout_Placementatoctetduring3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tras ${i?.n} octetos (bytes) de la próxima transferencia ${i?.side} ${i?.during}`)
};

const de_layout_placementatoctetduring3 = /** @type {(inputs: Layout_Placementatoctetduring3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nach ${i?.n} Oktetten (Bytes) der nächsten Übertragung ${i?.side} bei ${i?.during}`)
};

/**
* | output |
* | --- |
* | "after {n} octets (bytes) of the next {side} {during} transfer" |
*
* @param {Layout_Placementatoctetduring3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementatoctetduring3 = /** @type {((inputs: Layout_Placementatoctetduring3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementatoctetduring3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementatoctetduring3(inputs)
	if (locale === "de") return de_layout_placementatoctetduring3(inputs)
	return en_layout_placementatoctetduring3(inputs)
});
export { layout_placementatoctetduring3 as "layout_placementAtOctetDuring" }