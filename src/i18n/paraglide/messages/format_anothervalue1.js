/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Format_Anothervalue1Inputs */

const en_format_anothervalue1 = /** @type {(inputs: Format_Anothervalue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`another value`)
};

const es_format_anothervalue1 = /** @type {(inputs: Format_Anothervalue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`otro valor`)
};

const de_format_anothervalue1 = /** @type {(inputs: Format_Anothervalue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ein anderer Wert`)
};

/**
* | output |
* | --- |
* | "another value" |
*
* @param {Format_Anothervalue1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const format_anothervalue1 = /** @type {((inputs?: Format_Anothervalue1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_Anothervalue1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_format_anothervalue1(inputs)
	if (locale === "de") return de_format_anothervalue1(inputs)
	return en_format_anothervalue1(inputs)
});
export { format_anothervalue1 as "format_anotherValue" }