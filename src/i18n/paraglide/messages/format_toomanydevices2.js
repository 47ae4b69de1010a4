/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanydevices2Inputs */

const en_format_toomanydevices2 = /** @type {(inputs: Format_Toomanydevices2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} devices allowed`)
};

const es_format_toomanydevices2 = /** @type {(inputs: Format_Toomanydevices2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} dispositivos`)
};

const de_format_toomanydevices2 = /** @type {(inputs: Format_Toomanydevices2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} Geräte erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} devices allowed" |
*
* @param {Format_Toomanydevices2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanydevices2 = /** @type {((inputs: Format_Toomanydevices2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanydevices2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanydevices2(inputs)
	if (locale === "de") return de_format_toomanydevices2(inputs)
	return en_format_toomanydevices2(inputs)
});
export { format_toomanydevices2 as "format_tooManyDevices" }