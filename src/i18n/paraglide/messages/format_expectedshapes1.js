/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ shapes: NonNullable<unknown> }} Format_Expectedshapes1Inputs */

const en_format_expectedshapes1 = /** @type {(inputs: Format_Expectedshapes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`expected one of ${i?.shapes}`)
};

const es_format_expectedshapes1 = /** @type {(inputs: Format_Expectedshapes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se esperaba una de estas formas: ${i?.shapes}`)
};

const de_format_expectedshapes1 = /** @type {(inputs: Format_Expectedshapes1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`erwartet eine dieser Formen: ${i?.shapes}`)
};

/**
* | output |
* | --- |
* | "expected one of {shapes}" |
*
* @param {Format_Expectedshapes1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_expectedshapes1 = /** @type {((inputs: Format_Expectedshapes1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Expectedshapes1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_expectedshapes1(inputs)
	if (locale === "de") return de_format_expectedshapes1(inputs)
	return en_format_expectedshapes1(inputs)
});
export { format_expectedshapes1 as "format_expectedShapes" }