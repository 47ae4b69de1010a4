/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Removefaults1Inputs */

const en_layout_removefaults1 = /** @type {(inputs: Layout_Removefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove my faults`)
};

const es_layout_removefaults1 = /** @type {(inputs: Layout_Removefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quitar mis fallos`)
};

const de_layout_removefaults1 = /** @type {(inputs: Layout_Removefaults1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Meine Störungen entfernen`)
};

/**
* | output |
* | --- |
* | "Remove my faults" |
*
* @param {Layout_Removefaults1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_removefaults1 = /** @type {((inputs?: Layout_Removefaults1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Removefaults1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_removefaults1(inputs)
	if (locale === "de") return de_layout_removefaults1(inputs)
	return en_layout_removefaults1(inputs)
});
export { layout_removefaults1 as "layout_removeFaults" }