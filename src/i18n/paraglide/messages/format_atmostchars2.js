/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Atmostchars2Inputs */

const en_format_atmostchars2 = /** @type {(inputs: Format_Atmostchars2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be at most ${i?.max} characters`)
};

const es_format_atmostchars2 = /** @type {(inputs: Format_Atmostchars2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`debe tener como máximo ${i?.max} caracteres`)
};

const de_format_atmostchars2 = /** @type {(inputs: Format_Atmostchars2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`darf höchstens ${i?.max} Zeichen lang sein`)
};

/**
* | output |
* | --- |
* | "must be at most {max} characters" |
*
* @param {Format_Atmostchars2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_atmostchars2 = /** @type {((inputs: Format_Atmostchars2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Atmostchars2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_atmostchars2(inputs)
	if (locale === "de") return de_format_atmostchars2(inputs)
	return en_format_atmostchars2(inputs)
});
export { format_atmostchars2 as "format_atMostChars" }