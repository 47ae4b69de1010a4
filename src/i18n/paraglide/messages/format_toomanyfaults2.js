/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanyfaults2Inputs */

const en_format_toomanyfaults2 = /** @type {(inputs: Format_Toomanyfaults2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} faults allowed`)
};

const es_format_toomanyfaults2 = /** @type {(inputs: Format_Toomanyfaults2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} fallos`)
};

const de_format_toomanyfaults2 = /** @type {(inputs: Format_Toomanyfaults2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} Störungen erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} faults allowed" |
*
* @param {Format_Toomanyfaults2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanyfaults2 = /** @type {((inputs: Format_Toomanyfaults2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanyfaults2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanyfaults2(inputs)
	if (locale === "de") return de_format_toomanyfaults2(inputs)
	return en_format_toomanyfaults2(inputs)
});
export { format_toomanyfaults2 as "format_tooManyFaults" }