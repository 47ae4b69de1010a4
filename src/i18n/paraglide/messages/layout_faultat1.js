/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ kind: NonNullable<unknown>, step: NonNullable<unknown> }} Layout_Faultat1Inputs */

const en_layout_faultat1 = /** @type {(inputs: Layout_Faultat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} at step ${i?.step}`)
};

const es_layout_faultat1 = /** @type {(inputs: Layout_Faultat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} en el paso ${i?.step}`)
};

const de_layout_faultat1 = /** @type {(inputs: Layout_Faultat1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.kind} bei Schritt ${i?.step}`)
};

/**
* | output |
* | --- |
* | "{kind} at step {step}" |
*
* @param {Layout_Faultat1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_faultat1 = /** @type {((inputs: Layout_Faultat1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Faultat1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_faultat1(inputs)
	if (locale === "de") return de_layout_faultat1(inputs)
	return en_layout_faultat1(inputs)
});
export { layout_faultat1 as "layout_faultAt" }