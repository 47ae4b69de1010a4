/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Octetterm1Inputs */

const en_glossary_octetterm1 = /** @type {(inputs: Glossary_Octetterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`octet`)
};

const es_glossary_octetterm1 = /** @type {(inputs: Glossary_Octetterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`octeto`)
};

const de_glossary_octetterm1 = /** @type {(inputs: Glossary_Octetterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oktett`)
};

/**
* | output |
* | --- |
* | "octet" |
*
* @param {Glossary_Octetterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_octetterm1 = /** @type {((inputs?: Glossary_Octetterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Octetterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_octetterm1(inputs)
	if (locale === "de") return de_glossary_octetterm1(inputs)
	return en_glossary_octetterm1(inputs)
});
export { glossary_octetterm1 as "glossary_octetTerm" }