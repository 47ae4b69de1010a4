/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Describe_Reasonretention1Inputs */

const en_describe_reasonretention1 = /** @type {(inputs: Describe_Reasonretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`kept long enough`)
};

const es_describe_reasonretention1 = /** @type {(inputs: Describe_Reasonretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ya se guardó bastante tiempo`)
};

const de_describe_reasonretention1 = /** @type {(inputs: Describe_Reasonretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lange genug aufbewahrt`)
};

/**
* | output |
* | --- |
* | "kept long enough" |
*
* @param {Describe_Reasonretention1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const describe_reasonretention1 = /** @type {((inputs?: Describe_Reasonretention1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Describe_Reasonretention1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_describe_reasonretention1(inputs)
	if (locale === "de") return de_describe_reasonretention1(inputs)
	return en_describe_reasonretention1(inputs)
});
export { describe_reasonretention1 as "describe_reasonRetention" }