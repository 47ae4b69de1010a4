/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Format_Atmost1Inputs */

const en_format_atmost1 = /** @type {(inputs: Format_Atmost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be at most ${i?.max}`)
};

const es_format_atmost1 = /** @type {(inputs: Format_Atmost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`debe ser como máximo ${i?.max}`)
};

const de_format_atmost1 = /** @type {(inputs: Format_Atmost1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`darf höchstens ${i?.max} sein`)
};

/**
* | output |
* | --- |
* | "must be at most {max}" |
*
* @param {Format_Atmost1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_atmost1 = /** @type {((inputs: Format_Atmost1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Atmost1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_atmost1(inputs)
	if (locale === "de") return de_format_atmost1(inputs)
	return en_format_atmost1(inputs)
});
export { format_atmost1 as "format_atMost" }