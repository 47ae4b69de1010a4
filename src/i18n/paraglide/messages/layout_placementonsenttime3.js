/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown>, occurrence: NonNullable<unknown> }} Layout_Placementonsenttime3Inputs */

const en_layout_placementonsenttime3 = /** @type {(inputs: Layout_Placementonsenttime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is sent (time ${i?.occurrence})`)
};

const es_layout_placementonsenttime3 = /** @type {(inputs: Layout_Placementonsenttime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando se envía ${i?.keyword} (vez ${i?.occurrence})`)
};

const de_layout_placementonsenttime3 = /** @type {(inputs: Layout_Placementonsenttime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn ${i?.keyword} gesendet wird (${i?.occurrence}. Mal)`)
};

/**
* | output |
* | --- |
* | "when {keyword} is sent (time {occurrence})" |
*
* @param {Layout_Placementonsenttime3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementonsenttime3 = /** @type {((inputs: Layout_Placementonsenttime3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementonsenttime3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementonsenttime3(inputs)
	if (locale === "de") return de_layout_placementonsenttime3(inputs)
	return en_layout_placementonsenttime3(inputs)
});
export { layout_placementonsenttime3 as "layout_placementOnSentTime" }