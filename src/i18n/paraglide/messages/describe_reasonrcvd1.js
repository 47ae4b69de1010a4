/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasonrcvd1Inputs */

const en_describe_reasonrcvd1 = /** @type {(inputs: Describe_Reasonrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD after RDEL`)
};

const es_describe_reasonrcvd1 = /** @type {(inputs: Describe_Reasonrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD tras RDEL`)
};

const de_describe_reasonrcvd1 = /** @type {(inputs: Describe_Reasonrcvd1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RCVD nach RDEL`)
};

/**
* | output |
* | --- |
* | "RCVD after RDEL" |
*
* @param {Describe_Reasonrcvd1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasonrcvd1 = /** @type {((inputs?: Describe_Reasonrcvd1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasonrcvd1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasonrcvd1(inputs)
	if (locale === "de") return de_describe_reasonrcvd1(inputs)
	return en_describe_reasonrcvd1(inputs)
});
export { describe_reasonrcvd1 as "describe_reasonRcvd" }