/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Directionrequired1Inputs */

const en_format_directionrequired1 = /** @type {(inputs: Format_Directionrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`required for lose-segment ("c2s" or "s2c")`)
};

const es_format_directionrequired1 = /** @type {(inputs: Format_Directionrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatorio para lose-segment ("c2s" o "s2c")`)
};

const de_format_directionrequired1 = /** @type {(inputs: Format_Directionrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`erforderlich für lose-segment ("c2s" oder "s2c")`)
};

/**
* | output |
* | --- |
* | "required for lose-segment (\"c2s\" or \"s2c\")" |
*
* @param {Format_Directionrequired1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_directionrequired1 = /** @type {((inputs?: Format_Directionrequired1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Directionrequired1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_directionrequired1(inputs)
	if (locale === "de") return de_format_directionrequired1(inputs)
	return en_format_directionrequired1(inputs)
});
export { format_directionrequired1 as "format_directionRequired" }