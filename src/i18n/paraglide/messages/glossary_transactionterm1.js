/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Transactionterm1Inputs */

const en_glossary_transactionterm1 = /** @type {(inputs: Glossary_Transactionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

const es_glossary_transactionterm1 = /** @type {(inputs: Glossary_Transactionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

const de_glossary_transactionterm1 = /** @type {(inputs: Glossary_Transactionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

/**
* | output |
* | --- |
* | "TRANSACTION" |
*
* @param {Glossary_Transactionterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_transactionterm1 = /** @type {((inputs?: Glossary_Transactionterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Transactionterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_transactionterm1(inputs)
	if (locale === "de") return de_glossary_transactionterm1(inputs)
	return en_glossary_transactionterm1(inputs)
});
export { glossary_transactionterm1 as "glossary_transactionTerm" }