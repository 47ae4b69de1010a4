/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Faultstitle1Inputs */

const en_layout_faultstitle1 = /** @type {(inputs: Layout_Faultstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Faults you added`)
};

const es_layout_faultstitle1 = /** @type {(inputs: Layout_Faultstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fallos que has añadido`)
};

const de_layout_faultstitle1 = /** @type {(inputs: Layout_Faultstitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deine Störungen`)
};

/**
* | output |
* | --- |
* | "Faults you added" |
*
* @param {Layout_Faultstitle1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_faultstitle1 = /** @type {((inputs?: Layout_Faultstitle1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Faultstitle1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_faultstitle1(inputs)
	if (locale === "de") return de_layout_faultstitle1(inputs)
	return en_layout_faultstitle1(inputs)
});
export { layout_faultstitle1 as "layout_faultsTitle" }