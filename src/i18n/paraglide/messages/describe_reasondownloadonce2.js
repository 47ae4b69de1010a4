/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasondownloadonce2Inputs */

const en_describe_reasondownloadonce2 = /** @type {(inputs: Describe_Reasondownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`downloaded once`)
};

const es_describe_reasondownloadonce2 = /** @type {(inputs: Describe_Reasondownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ya se descargó una vez`)
};

const de_describe_reasondownloadonce2 = /** @type {(inputs: Describe_Reasondownloadonce2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`schon einmal abgerufen`)
};

/**
* | output |
* | --- |
* | "downloaded once" |
*
* @param {Describe_Reasondownloadonce2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasondownloadonce2 = /** @type {((inputs?: Describe_Reasondownloadonce2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasondownloadonce2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasondownloadonce2(inputs)
	if (locale === "de") return de_describe_reasondownloadonce2(inputs)
	return en_describe_reasondownloadonce2(inputs)
});
export { describe_reasondownloadonce2 as "describe_reasonDownloadOnce" }