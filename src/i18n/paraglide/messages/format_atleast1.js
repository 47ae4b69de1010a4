/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown> }} Format_Atleast1Inputs */

const en_format_atleast1 = /** @type {(inputs: Format_Atleast1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`must be at least ${i?.min}`)
};

const es_format_atleast1 = /** @type {(inputs: Format_Atleast1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`debe ser como mínimo ${i?.min}`)
};

const de_format_atleast1 = /** @type {(inputs: Format_Atleast1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`muss mindestens ${i?.min} sein`)
};

/**
* | output |
* | --- |
* | "must be at least {min}" |
*
* @param {Format_Atleast1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_atleast1 = /** @type {((inputs: Format_Atleast1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Atleast1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_atleast1(inputs)
	if (locale === "de") return de_format_atleast1(inputs)
	return en_format_atleast1(inputs)
});
export { format_atleast1 as "format_atLeast" }