/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Compare_Pairpersonality1Inputs */

const en_compare_pairpersonality1 = /** @type {(inputs: Compare_Pairpersonality1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-conformant server vs Expunge on DELE (non-conformant)`)
};

const es_compare_pairpersonality1 = /** @type {(inputs: Compare_Pairpersonality1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servidor conforme a la RFC frente a Borra en DELE (no conforme)`)
};

const de_compare_pairpersonality1 = /** @type {(inputs: Compare_Pairpersonality1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-konformer Server gegen Löscht sofort bei DELE (nicht konform)`)
};

/**
* | output |
* | --- |
* | "RFC-conformant server vs Expunge on DELE (non-conformant)" |
*
* @param {Compare_Pairpersonality1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const compare_pairpersonality1 = /** @type {((inputs?: Compare_Pairpersonality1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Compare_Pairpersonality1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_compare_pairpersonality1(inputs)
	if (locale === "de") return de_compare_pairpersonality1(inputs)
	return en_compare_pairpersonality1(inputs)
});
export { compare_pairpersonality1 as "compare_pairPersonality" }