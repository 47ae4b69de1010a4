/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown>, occurrence: NonNullable<unknown> }} Layout_Placementonrepliedtime3Inputs */

const en_layout_placementonrepliedtime3 = /** @type {(inputs: Layout_Placementonrepliedtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is replied (time ${i?.occurrence})`)
};

const es_layout_placementonrepliedtime3 = /** @type {(inputs: Layout_Placementonrepliedtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando llega la respuesta a ${i?.keyword} (vez ${i?.occurrence})`)
};

const de_layout_placementonrepliedtime3 = /** @type {(inputs: Layout_Placementonrepliedtime3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn die Antwort auf ${i?.keyword} ankommt (${i?.occurrence}. Mal)`)
};

/**
* | output |
* | --- |
* | "when {keyword} is replied (time {occurrence})" |
*
* @param {Layout_Placementonrepliedtime3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementonrepliedtime3 = /** @type {((inputs: Layout_Placementonrepliedtime3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementonrepliedtime3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementonrepliedtime3(inputs)
	if (locale === "de") return de_layout_placementonrepliedtime3(inputs)
	return en_layout_placementonrepliedtime3(inputs)
});
export { layout_placementonrepliedtime3 as "layout_placementOnRepliedTime" }