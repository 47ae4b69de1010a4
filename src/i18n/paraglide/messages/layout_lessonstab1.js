/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Layout_Lessonstab1Inputs */

const en_layout_lessonstab1 = /** @type {(inputs: Layout_Lessonstab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lessons`)
};

const es_layout_lessonstab1 = /** @type {(inputs: Layout_Lessonstab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lecciones`)
};

const de_layout_lessonstab1 = /** @type {(inputs: Layout_Lessonstab1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lektionen`)
};

/**
* | output |
* | --- |
* | "Lessons" |
*
* @param {Layout_Lessonstab1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const layout_lessonstab1 = /** @type {((inputs?: Layout_Lessonstab1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Layout_Lessonstab1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_layout_lessonstab1(inputs)
	if (locale === "de") return de_layout_lessonstab1(inputs)
	return en_layout_lessonstab1(inputs)
});
export { layout_lessonstab1 as "layout_lessonsTab" }