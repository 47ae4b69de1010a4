/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Layout_Placementatstep2Inputs */

const en_layout_placementatstep2 = /** @type {(inputs: Layout_Placementatstep2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`before step ${i?.n}`)
};

const es_layout_placementatstep2 = /** @type {(inputs: Layout_Placementatstep2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`antes del paso ${i?.n}`)
};

const de_layout_placementatstep2 = /** @type {(inputs: Layout_Placementatstep2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`vor Schritt ${i?.n}`)
};

/**
* | output |
* | --- |
* | "before step {n}" |
*
* @param {Layout_Placementatstep2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementatstep2 = /** @type {((inputs: Layout_Placementatstep2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementatstep2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementatstep2(inputs)
	if (locale === "de") return de_layout_placementatstep2(inputs)
	return en_layout_placementatstep2(inputs)
});
export { layout_placementatstep2 as "layout_placementAtStep" }