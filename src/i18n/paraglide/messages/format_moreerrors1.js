/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Format_Moreerrors1Inputs */

const en_format_moreerrors1 = /** @type {(inputs: Format_Moreerrors1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`... and ${i?.count} more errors`)
};

const es_format_moreerrors1 = /** @type {(inputs: Format_Moreerrors1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`... y ${i?.count} errores más`)
};

const de_format_moreerrors1 = /** @type {(inputs: Format_Moreerrors1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`... und ${i?.count} weitere Fehler`)
};

/**
* | output |
* | --- |
* | "... and {count} more errors" |
*
* @param {Format_Moreerrors1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_moreerrors1 = /** @type {((inputs: Format_Moreerrors1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Moreerrors1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_moreerrors1(inputs)
	if (locale === "de") return de_format_moreerrors1(inputs)
	return en_format_moreerrors1(inputs)
});
export { format_moreerrors1 as "format_moreErrors" }