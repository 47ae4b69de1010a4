/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Pollsorder1Inputs */

const en_format_pollsorder1 = /** @type {(inputs: Format_Pollsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`polls must be in increasing order of ticks`)
};

const es_format_pollsorder1 = /** @type {(inputs: Format_Pollsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`las consultas al servidor deben ir en orden creciente de ticks`)
};

const de_format_pollsorder1 = /** @type {(inputs: Format_Pollsorder1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abrufe müssen nach aufsteigenden Ticks geordnet sein`)
};

/**
* | output |
* | --- |
* | "polls must be in increasing order of ticks" |
*
* @param {Format_Pollsorder1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_pollsorder1 = /** @type {((inputs?: Format_Pollsorder1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Pollsorder1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_pollsorder1(inputs)
	if (locale === "de") return de_format_pollsorder1(inputs)
	return en_format_pollsorder1(inputs)
});
export { format_pollsorder1 as "format_pollsOrder" }