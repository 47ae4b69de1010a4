/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ detail: NonNullable<unknown> }} Format_Couldnotberead3Inputs */

const en_format_couldnotberead3 = /** @type {(inputs: Format_Couldnotberead3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`could not be read (${i?.detail})`)
};

const es_format_couldnotberead3 = /** @type {(inputs: Format_Couldnotberead3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`no se pudo leer (${i?.detail})`)
};

const de_format_couldnotberead3 = /** @type {(inputs: Format_Couldnotberead3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ließ sich nicht lesen (${i?.detail})`)
};

/**
* | output |
* | --- |
* | "could not be read ({detail})" |
*
* @param {Format_Couldnotberead3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_couldnotberead3 = /** @type {((inputs: Format_Couldnotberead3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Couldnotberead3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_couldnotberead3(inputs)
	if (locale === "de") return de_format_couldnotberead3(inputs)
	return en_format_couldnotberead3(inputs)
});
export { format_couldnotberead3 as "format_couldNotBeRead" }