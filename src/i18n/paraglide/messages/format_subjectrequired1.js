/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Subjectrequired1Inputs */

const en_format_subjectrequired1 = /** @type {(inputs: Format_Subjectrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`required (or give a raw "text")`)
};

const es_format_subjectrequired1 = /** @type {(inputs: Format_Subjectrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatorio (o indica un "text" en bruto)`)
};

const de_format_subjectrequired1 = /** @type {(inputs: Format_Subjectrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`erforderlich (oder gib einen rohen "text" an)`)
};

/**
* | output |
* | --- |
* | "required (or give a raw \"text\")" |
*
* @param {Format_Subjectrequired1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_subjectrequired1 = /** @type {((inputs?: Format_Subjectrequired1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Subjectrequired1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_subjectrequired1(inputs)
	if (locale === "de") return de_format_subjectrequired1(inputs)
	return en_format_subjectrequired1(inputs)
});
export { format_subjectrequired1 as "format_subjectRequired" }