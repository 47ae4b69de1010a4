/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Apopterm1Inputs */

const en_glossary_apopterm1 = /** @type {(inputs: Glossary_Apopterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

const es_glossary_apopterm1 = /** @type {(inputs: Glossary_Apopterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

const de_glossary_apopterm1 = /** @type {(inputs: Glossary_Apopterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`APOP`)
};

/**
* | output |
* | --- |
* | "APOP" |
*
* @param {Glossary_Apopterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_apopterm1 = /** @type {((inputs?: Glossary_Apopterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Apopterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_apopterm1(inputs)
	if (locale === "de") return de_glossary_apopterm1(inputs)
	return en_glossary_apopterm1(inputs)
});
export { glossary_apopterm1 as "glossary_apopTerm" }