/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Deletionsorder1Inputs */

const en_format_deletionsorder1 = /** @type {(inputs: Format_Deletionsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`deletions must be in increasing order of ticks`)
};

const es_format_deletionsorder1 = /** @type {(inputs: Format_Deletionsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`los borrados deben ir en orden creciente de ticks`)
};

const de_format_deletionsorder1 = /** @type {(inputs: Format_Deletionsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löschungen müssen nach aufsteigenden Ticks geordnet sein`)
};

/**
* | output |
* | --- |
* | "deletions must be in increasing order of ticks" |
*
* @param {Format_Deletionsorder1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_deletionsorder1 = /** @type {((inputs?: Format_Deletionsorder1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Deletionsorder1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_deletionsorder1(inputs)
	if (locale === "de") return de_format_deletionsorder1(inputs)
	return en_format_deletionsorder1(inputs)
});
export { format_deletionsorder1 as "format_deletionsOrder" }