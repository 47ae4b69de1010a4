/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Linkempty1Inputs */

const en_format_linkempty1 = /** @type {(inputs: Format_Linkempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`empty`)
};

const es_format_linkempty1 = /** @type {(inputs: Format_Linkempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vacío`)
};

const de_format_linkempty1 = /** @type {(inputs: Format_Linkempty1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leer`)
};

/**
* | output |
* | --- |
* | "empty" |
*
* @param {Format_Linkempty1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linkempty1 = /** @type {((inputs?: Format_Linkempty1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linkempty1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linkempty1(inputs)
	if (locale === "de") return de_format_linkempty1(inputs)
	return en_format_linkempty1(inputs)
});
export { format_linkempty1 as "format_linkEmpty" }