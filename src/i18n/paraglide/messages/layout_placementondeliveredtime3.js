/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown>, occurrence: NonNullable<unknown> }} Layout_Placementondeliveredtime3Inputs */

const en_layout_placementondeliveredtime3 = /** @type {(inputs: Layout_Placementondeliveredtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is delivered (time ${i?.occurrence})`)
};

const es_layout_placementondeliveredtime3 = /** @type {(inputs: Layout_Placementondeliveredtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando ${i?.keyword} llega al servidor (vez ${i?.occurrence})`)
};

const de_layout_placementondeliveredtime3 = /** @type {(inputs: Layout_Placementondeliveredtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn ${i?.keyword} beim Server ankommt (${i?.occurrence}. Mal)`)
};

/**
* | output |
* | --- |
* | "when {keyword} is delivered (time {occurrence})" |
*
* @param {Layout_Placementondeliveredtime3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementondeliveredtime3 = /** @type {((inputs: Layout_Placementondeliveredtime3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementondeliveredtime3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementondeliveredtime3(inputs)
	if (locale === "de") return de_layout_placementondeliveredtime3(inputs)
	return en_layout_placementondeliveredtime3(inputs)
});
export { layout_placementondeliveredtime3 as "layout_placementOnDeliveredTime" }