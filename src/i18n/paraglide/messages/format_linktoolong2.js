/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ length: NonNullable<unknown>, limit: NonNullable<unknown> }} Format_Linktoolong2Inputs */

const en_format_linktoolong2 = /** @type {(inputs: Format_Linktoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.length} characters is longer than the ${i?.limit} accepted`)
};

const es_format_linktoolong2 = /** @type {(inputs: Format_Linktoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.length} caracteres es más que los ${i?.limit} admitidos`)
};

const de_format_linktoolong2 = /** @type {(inputs: Format_Linktoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.length} Zeichen sind mehr als die erlaubten ${i?.limit}`)
};

/**
* | output |
* | --- |
* | "{length} characters is longer than the {limit} accepted" |
*
* @param {Format_Linktoolong2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linktoolong2 = /** @type {((inputs: Format_Linktoolong2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linktoolong2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linktoolong2(inputs)
	if (locale === "de") return de_format_linktoolong2(inputs)
	return en_format_linktoolong2(inputs)
});
export { format_linktoolong2 as "format_linkTooLong" }