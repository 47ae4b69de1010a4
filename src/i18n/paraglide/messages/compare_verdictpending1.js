/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Verdictpending1Inputs */

const en_compare_verdictpending1 = /** @type {(inputs: Compare_Verdictpending1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`still on the server`)
};

const es_compare_verdictpending1 = /** @type {(inputs: Compare_Verdictpending1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`sigue en el servidor`)
};

const de_compare_verdictpending1 = /** @type {(inputs: Compare_Verdictpending1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`noch auf dem Server`)
};

/**
* | output |
* | --- |
* | "still on the server" |
*
* @param {Compare_Verdictpending1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_verdictpending1 = /** @type {((inputs?: Compare_Verdictpending1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Verdictpending1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_verdictpending1(inputs)
	if (locale === "de") return de_compare_verdictpending1(inputs)
	return en_compare_verdictpending1(inputs)
});
export { compare_verdictpending1 as "compare_verdictPending" }