/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Commandkeyword1Inputs */

const en_format_commandkeyword1 = /** @type {(inputs: Format_Commandkeyword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a command keyword`)
};

const es_format_commandkeyword1 = /** @type {(inputs: Format_Commandkeyword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`una palabra clave de comando`)
};

const de_format_commandkeyword1 = /** @type {(inputs: Format_Commandkeyword1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein Befehlswort`)
};

/**
* | output |
* | --- |
* | "a command keyword" |
*
* @param {Format_Commandkeyword1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_commandkeyword1 = /** @type {((inputs?: Format_Commandkeyword1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Commandkeyword1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_commandkeyword1(inputs)
	if (locale === "de") return de_format_commandkeyword1(inputs)
	return en_format_commandkeyword1(inputs)
});
export { format_commandkeyword1 as "format_commandKeyword" }