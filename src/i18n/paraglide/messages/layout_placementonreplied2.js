/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Layout_Placementonreplied2Inputs */

const en_layout_placementonreplied2 = /** @type {(inputs: Layout_Placementonreplied2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is replied`)
};

const es_layout_placementonreplied2 = /** @type {(inputs: Layout_Placementonreplied2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando llega la respuesta a ${i?.keyword}`)
};

const de_layout_placementonreplied2 = /** @type {(inputs: Layout_Placementonreplied2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn die Antwort auf ${i?.keyword} ankommt`)
};

/**
* | output |
* | --- |
* | "when {keyword} is replied" |
*
* @param {Layout_Placementonreplied2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementonreplied2 = /** @type {((inputs: Layout_Placementonreplied2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementonreplied2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementonreplied2(inputs)
	if (locale === "de") return de_layout_placementonreplied2(inputs)
	return en_layout_placementonreplied2(inputs)
});
export { layout_placementonreplied2 as "layout_placementOnReplied" }