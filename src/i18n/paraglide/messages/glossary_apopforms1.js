/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Apopforms1Inputs */

const en_glossary_apopforms1 = /** @type {(inputs: Glossary_Apopforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

const es_glossary_apopforms1 = /** @type {(inputs: Glossary_Apopforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

const de_glossary_apopforms1 = /** @type {(inputs: Glossary_Apopforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

/**
* | output |
* | --- |
* | "APOP" |
*
* @param {Glossary_Apopforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_apopforms1 = /** @type {((inputs?: Glossary_Apopforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Apopforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_apopforms1(inputs)
	if (locale === "de") return de_glossary_apopforms1(inputs)
	return en_glossary_apopforms1(inputs)
});
export { glossary_apopforms1 as "glossary_apopForms" }