/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Smtpterm1Inputs */

const en_glossary_smtpterm1 = /** @type {(inputs: Glossary_Smtpterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP and submission`)
};

const es_glossary_smtpterm1 = /** @type {(inputs: Glossary_Smtpterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP y envío`)
};

const de_glossary_smtpterm1 = /** @type {(inputs: Glossary_Smtpterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP und Einlieferung`)
};

/**
* | output |
* | --- |
* | "SMTP and submission" |
*
* @param {Glossary_Smtpterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_smtpterm1 = /** @type {((inputs?: Glossary_Smtpterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Smtpterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_smtpterm1(inputs)
	if (locale === "de") return de_glossary_smtpterm1(inputs)
	return en_glossary_smtpterm1(inputs)
});
export { glossary_smtpterm1 as "glossary_smtpTerm" }