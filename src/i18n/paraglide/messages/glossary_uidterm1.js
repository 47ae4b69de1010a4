/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Uidterm1Inputs */

const en_glossary_uidterm1 = /** @type {(inputs: Glossary_Uidterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID (unique-id)`)
};

const es_glossary_uidterm1 = /** @type {(inputs: Glossary_Uidterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID (identificador único)`)
};

const de_glossary_uidterm1 = /** @type {(inputs: Glossary_Uidterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID (eindeutige ID)`)
};

/**
* | output |
* | --- |
* | "UID (unique-id)" |
*
* @param {Glossary_Uidterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_uidterm1 = /** @type {((inputs?: Glossary_Uidterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Uidterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_uidterm1(inputs)
	if (locale === "de") return de_glossary_uidterm1(inputs)
	return en_glossary_uidterm1(inputs)
});
export { glossary_uidterm1 as "glossary_uidTerm" }