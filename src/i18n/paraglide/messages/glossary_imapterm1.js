/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Imapterm1Inputs */

const en_glossary_imapterm1 = /** @type {(inputs: Glossary_Imapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

const es_glossary_imapterm1 = /** @type {(inputs: Glossary_Imapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

const de_glossary_imapterm1 = /** @type {(inputs: Glossary_Imapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

/**
* | output |
* | --- |
* | "IMAP" |
*
* @param {Glossary_Imapterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_imapterm1 = /** @type {((inputs?: Glossary_Imapterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Imapterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_imapterm1(inputs)
	if (locale === "de") return de_glossary_imapterm1(inputs)
	return en_glossary_imapterm1(inputs)
});
export { glossary_imapterm1 as "glossary_imapTerm" }