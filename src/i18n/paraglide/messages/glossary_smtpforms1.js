/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Smtpforms1Inputs */

const en_glossary_smtpforms1 = /** @type {(inputs: Glossary_Smtpforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP | MTA | submission`)
};

const es_glossary_smtpforms1 = /** @type {(inputs: Glossary_Smtpforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP | MTA | envío`)
};

const de_glossary_smtpforms1 = /** @type {(inputs: Glossary_Smtpforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`SMTP | MTA | Einlieferung`)
};

/**
* | output |
* | --- |
* | "SMTP \| MTA \| submission" |
*
* @param {Glossary_Smtpforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_smtpforms1 = /** @type {((inputs?: Glossary_Smtpforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Smtpforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_smtpforms1(inputs)
	if (locale === "de") return de_glossary_smtpforms1(inputs)
	return en_glossary_smtpforms1(inputs)
});
export { glossary_smtpforms1 as "glossary_smtpForms" }