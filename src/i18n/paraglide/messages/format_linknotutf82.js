/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Linknotutf82Inputs */

const en_format_linknotutf82 = /** @type {(inputs: Format_Linknotutf82Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the unpacked data is not UTF-8 text`)
};

const es_format_linknotutf82 = /** @type {(inputs: Format_Linknotutf82Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`los datos descomprimidos no son texto UTF-8`)
};

const de_format_linknotutf82 = /** @type {(inputs: Format_Linknotutf82Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die entpackten Daten sind kein UTF-8-Text`)
};

/**
* | output |
* | --- |
* | "the unpacked data is not UTF-8 text" |
*
* @param {Format_Linknotutf82Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_linknotutf82 = /** @type {((inputs?: Format_Linknotutf82Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Linknotutf82Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_linknotutf82(inputs)
	if (locale === "de") return de_format_linknotutf82(inputs)
	return en_format_linknotutf82(inputs)
});
export { format_linknotutf82 as "format_linkNotUtf8" }