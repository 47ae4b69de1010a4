/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Duplicateterm1Inputs */

const en_glossary_duplicateterm1 = /** @type {(inputs: Glossary_Duplicateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicate`)
};

const es_glossary_duplicateterm1 = /** @type {(inputs: Glossary_Duplicateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicado`)
};

const de_glossary_duplicateterm1 = /** @type {(inputs: Glossary_Duplicateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`doppelt`)
};

/**
* | output |
* | --- |
* | "duplicate" |
*
* @param {Glossary_Duplicateterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_duplicateterm1 = /** @type {((inputs?: Glossary_Duplicateterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Duplicateterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_duplicateterm1(inputs)
	if (locale === "de") return de_glossary_duplicateterm1(inputs)
	return en_glossary_duplicateterm1(inputs)
});
export { glossary_duplicateterm1 as "glossary_duplicateTerm" }