/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Transactionforms1Inputs */

const en_glossary_transactionforms1 = /** @type {(inputs: Glossary_Transactionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

const es_glossary_transactionforms1 = /** @type {(inputs: Glossary_Transactionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

const de_glossary_transactionforms1 = /** @type {(inputs: Glossary_Transactionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TRANSACTION`)
};

/**
* | output |
* | --- |
* | "TRANSACTION" |
*
* @param {Glossary_Transactionforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_transactionforms1 = /** @type {((inputs?: Glossary_Transactionforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Transactionforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_transactionforms1(inputs)
	if (locale === "de") return de_glossary_transactionforms1(inputs)
	return en_glossary_transactionforms1(inputs)
});
export { glossary_transactionforms1 as "glossary_transactionForms" }