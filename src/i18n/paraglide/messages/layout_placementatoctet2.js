/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, side: NonNullable<unknown> }} Layout_Placementatoctet2Inputs */

const en_layout_placementatoctet2 = /** @type {(inputs: Layout_Placementatoctet2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`after ${i?.n} octets (bytes) of the next ${i?.side} transfer`)
};

const es_layout_placementatoctet2 = /** @type {(inputs: Layout_Placementatoctet2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tras ${i?.n} octetos (bytes) de la próxima transferencia ${i?.side}`)
};

const de_layout_placementatoctet2 = /** @type {(inputs: Layout_Placementatoctet2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`nach ${i?.n} Oktetten (Bytes) der nächsten Übertragung ${i?.side}`)
};

/**
* | output |
* | --- |
* | "after {n} octets (bytes) of the next {side} transfer" |
*
* @param {Layout_Placementatoctet2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementatoctet2 = /** @type {((inputs: Layout_Placementatoctet2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementatoctet2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementatoctet2(inputs)
	if (locale === "de") return de_layout_placementatoctet2(inputs)
	return en_layout_placementatoctet2(inputs)
});
export { layout_placementatoctet2 as "layout_placementAtOctet" }