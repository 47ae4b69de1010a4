/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Layout_Placementondelivered2Inputs */

const en_layout_placementondelivered2 = /** @type {(inputs: Layout_Placementondelivered2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is delivered`)
};

const es_layout_placementondelivered2 = /** @type {(inputs: Layout_Placementondelivered2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando ${i?.keyword} llega al servidor`)
};

const de_layout_placementondelivered2 = /** @type {(inputs: Layout_Placementondelivered2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn ${i?.keyword} beim Server ankommt`)
};

/**
* | output |
* | --- |
* | "when {keyword} is delivered" |
*
* @param {Layout_Placementondelivered2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementondelivered2 = /** @type {((inputs: Layout_Placementondelivered2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementondelivered2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementondelivered2(inputs)
	if (locale === "de") return de_layout_placementondelivered2(inputs)
	return en_layout_placementondelivered2(inputs)
});
export { layout_placementondelivered2 as "layout_placementOnDelivered" }