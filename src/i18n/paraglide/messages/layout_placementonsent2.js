/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ keyword: NonNullable<unknown> }} Layout_Placementonsent2Inputs */

const en_layout_placementonsent2 = /** @type {(inputs: Layout_Placementonsent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`when ${i?.keyword} is sent`)
};

const es_layout_placementonsent2 = /** @type {(inputs: Layout_Placementonsent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`cuando se envía ${i?.keyword}`)
};

const de_layout_placementonsent2 = /** @type {(inputs: Layout_Placementonsent2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`wenn ${i?.keyword} gesendet wird`)
};

/**
* | output |
* | --- |
* | "when {keyword} is sent" |
*
* @param {Layout_Placementonsent2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_placementonsent2 = /** @type {((inputs: Layout_Placementonsent2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Placementonsent2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_placementonsent2(inputs)
	if (locale === "de") return de_layout_placementonsent2(inputs)
	return en_layout_placementonsent2(inputs)
});
export { layout_placementonsent2 as "layout_placementOnSent" }