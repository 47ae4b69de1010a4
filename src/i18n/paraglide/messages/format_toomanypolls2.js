/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanypolls2Inputs */

const en_format_toomanypolls2 = /** @type {(inputs: Format_Toomanypolls2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} polls allowed`)
};

const es_format_toomanypolls2 = /** @type {(inputs: Format_Toomanypolls2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} consultas al servidor`)
};

const de_format_toomanypolls2 = /** @type {(inputs: Format_Toomanypolls2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} Abrufe erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} polls allowed" |
*
* @param {Format_Toomanypolls2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanypolls2 = /** @type {((inputs: Format_Toomanypolls2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanypolls2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanypolls2(inputs)
	if (locale === "de") return de_format_toomanypolls2(inputs)
	return en_format_toomanypolls2(inputs)
});
export { format_toomanypolls2 as "format_tooManyPolls" }