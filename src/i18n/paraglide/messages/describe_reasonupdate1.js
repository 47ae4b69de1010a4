/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasonupdate1Inputs */

const en_describe_reasonupdate1 = /** @type {(inputs: Describe_Reasonupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`in UPDATE, after QUIT`)
};

const es_describe_reasonupdate1 = /** @type {(inputs: Describe_Reasonupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`en UPDATE, tras QUIT`)
};

const de_describe_reasonupdate1 = /** @type {(inputs: Describe_Reasonupdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`in UPDATE, nach QUIT`)
};

/**
* | output |
* | --- |
* | "in UPDATE, after QUIT" |
*
* @param {Describe_Reasonupdate1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasonupdate1 = /** @type {((inputs?: Describe_Reasonupdate1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasonupdate1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasonupdate1(inputs)
	if (locale === "de") return de_describe_reasonupdate1(inputs)
	return en_describe_reasonupdate1(inputs)
});
export { describe_reasonupdate1 as "describe_reasonUpdate" }