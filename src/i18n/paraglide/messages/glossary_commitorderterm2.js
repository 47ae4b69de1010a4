/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Commitorderterm2Inputs */

const en_glossary_commitorderterm2 = /** @type {(inputs: Glossary_Commitorderterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commit order`)
};

const es_glossary_commitorderterm2 = /** @type {(inputs: Glossary_Commitorderterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`orden de confirmación`)
};

const de_glossary_commitorderterm2 = /** @type {(inputs: Glossary_Commitorderterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reihenfolge beim Bestätigen`)
};

/**
* | output |
* | --- |
* | "commit order" |
*
* @param {Glossary_Commitorderterm2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_commitorderterm2 = /** @type {((inputs?: Glossary_Commitorderterm2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Commitorderterm2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_commitorderterm2(inputs)
	if (locale === "de") return de_glossary_commitorderterm2(inputs)
	return en_glossary_commitorderterm2(inputs)
});
export { glossary_commitorderterm2 as "glossary_commitOrderTerm" }