/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Toomanynumbers2Inputs */

const en_format_toomanynumbers2 = /** @type {(inputs: Format_Toomanynumbers2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`at most ${i?.max} numbers allowed`)
};

const es_format_toomanynumbers2 = /** @type {(inputs: Format_Toomanynumbers2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`se permiten como máximo ${i?.max} números`)
};

const de_format_toomanynumbers2 = /** @type {(inputs: Format_Toomanynumbers2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`höchstens ${i?.max} Nummern erlaubt`)
};

/**
* | output |
* | --- |
* | "at most {max} numbers allowed" |
*
* @param {Format_Toomanynumbers2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_toomanynumbers2 = /** @type {((inputs: Format_Toomanynumbers2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Toomanynumbers2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_toomanynumbers2(inputs)
	if (locale === "de") return de_format_toomanynumbers2(inputs)
	return en_format_toomanynumbers2(inputs)
});
export { format_toomanynumbers2 as "format_tooManyNumbers" }