/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasonrelease1Inputs */

const en_describe_reasonrelease1 = /** @type {(inputs: Describe_Reasonrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the mailbox is released`)
};

const es_describe_reasonrelease1 = /** @type {(inputs: Describe_Reasonrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`se libera el buzón`)
};

const de_describe_reasonrelease1 = /** @type {(inputs: Describe_Reasonrelease1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Postfach wird freigegeben`)
};

/**
* | output |
* | --- |
* | "the mailbox is released" |
*
* @param {Describe_Reasonrelease1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasonrelease1 = /** @type {((inputs?: Describe_Reasonrelease1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasonrelease1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasonrelease1(inputs)
	if (locale === "de") return de_describe_reasonrelease1(inputs)
	return en_describe_reasonrelease1(inputs)
});
export { describe_reasonrelease1 as "describe_reasonRelease" }