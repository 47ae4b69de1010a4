/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Imapforms1Inputs */

const en_glossary_imapforms1 = /** @type {(inputs: Glossary_Imapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

const es_glossary_imapforms1 = /** @type {(inputs: Glossary_Imapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

const de_glossary_imapforms1 = /** @type {(inputs: Glossary_Imapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`IMAP`)
};

/**
* | output |
* | --- |
* | "IMAP" |
*
* @param {Glossary_Imapforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_imapforms1 = /** @type {((inputs?: Glossary_Imapforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Imapforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_imapforms1(inputs)
	if (locale === "de") return de_glossary_imapforms1(inputs)
	return en_glossary_imapforms1(inputs)
});
export { glossary_imapforms1 as "glossary_imapForms" }