/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Siderfc1Inputs */

const en_compare_siderfc1 = /** @type {(inputs: Compare_Siderfc1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-conformant server`)
};

const es_compare_siderfc1 = /** @type {(inputs: Compare_Siderfc1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor conforme a la RFC`)
};

const de_compare_siderfc1 = /** @type {(inputs: Compare_Siderfc1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-konformer Server`)
};

/**
* | output |
* | --- |
* | "RFC-conformant server" |
*
* @param {Compare_Siderfc1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_siderfc1 = /** @type {((inputs?: Compare_Siderfc1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Siderfc1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_siderfc1(inputs)
	if (locale === "de") return de_compare_siderfc1(inputs)
	return en_compare_siderfc1(inputs)
});
export { compare_siderfc1 as "compare_sideRfc" }