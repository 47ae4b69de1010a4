/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_RequiredInputs */

const en_format_required = /** @type {(inputs: Format_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`required`)
};

const es_format_required = /** @type {(inputs: Format_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatorio`)
};

const de_format_required = /** @type {(inputs: Format_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`erforderlich`)
};

/**
* | output |
* | --- |
* | "required" |
*
* @param {Format_RequiredInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const format_required = /** @type {((inputs?: Format_RequiredInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_RequiredInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_required(inputs)
	if (locale === "de") return de_format_required(inputs)
	return en_format_required(inputs)
});