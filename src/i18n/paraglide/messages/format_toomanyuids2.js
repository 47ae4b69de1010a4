/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanyuids2Inputs */

const en_format_toomanyuids2 = /** @type {(inputs: Format_Toomanyuids2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} UIDs allowed`)
};

const es_format_toomanyuids2 = /** @type {(inputs: Format_Toomanyuids2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} UID`)
};

const de_format_toomanyuids2 = /** @type {(inputs: Format_Toomanyuids2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} UIDs erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} UIDs allowed" |
*
* @param {Format_Toomanyuids2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanyuids2 = /** @type {((inputs: Format_Toomanyuids2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanyuids2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanyuids2(inputs)
	if (locale === "de") return de_format_toomanyuids2(inputs)
	return en_format_toomanyuids2(inputs)
});
export { format_toomanyuids2 as "format_tooManyUids" }