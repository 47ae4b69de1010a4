/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Onlywithpop22Inputs */

const en_format_onlywithpop22 = /** @type {(inputs: Format_Onlywithpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`only meaningful with protocol "pop2"`)
};

const es_format_onlywithpop22 = /** @type {(inputs: Format_Onlywithpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`solo tiene sentido con protocol "pop2"`)
};

const de_format_onlywithpop22 = /** @type {(inputs: Format_Onlywithpop22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`nur sinnvoll mit protocol "pop2"`)
};

/**
* | output |
* | --- |
* | "only meaningful with protocol \"pop2\"" |
*
* @param {Format_Onlywithpop22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_onlywithpop22 = /** @type {((inputs?: Format_Onlywithpop22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Onlywithpop22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_onlywithpop22(inputs)
	if (locale === "de") return de_format_onlywithpop22(inputs)
	return en_format_onlywithpop22(inputs)
});
export { format_onlywithpop22 as "format_onlyWithPop2" }