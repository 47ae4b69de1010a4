/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Notempty1Inputs */

const en_format_notempty1 = /** @type {(inputs: Format_Notempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`must not be empty`)
};

const es_format_notempty1 = /** @type {(inputs: Format_Notempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no puede estar vacío`)
};

const de_format_notempty1 = /** @type {(inputs: Format_Notempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`darf nicht leer sein`)
};

/**
* | output |
* | --- |
* | "must not be empty" |
*
* @param {Format_Notempty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_notempty1 = /** @type {((inputs?: Format_Notempty1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Notempty1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_notempty1(inputs)
	if (locale === "de") return de_format_notempty1(inputs)
	return en_format_notempty1(inputs)
});
export { format_notempty1 as "format_notEmpty" }