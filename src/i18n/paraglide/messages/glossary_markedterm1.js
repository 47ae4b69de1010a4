/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Markedterm1Inputs */

const en_glossary_markedterm1 = /** @type {(inputs: Glossary_Markedterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marked (for deletion)`)
};

const es_glossary_markedterm1 = /** @type {(inputs: Glossary_Markedterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcado (para borrar)`)
};

const de_glossary_markedterm1 = /** @type {(inputs: Glossary_Markedterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`markiert (zum Löschen)`)
};

/**
* | output |
* | --- |
* | "marked (for deletion)" |
*
* @param {Glossary_Markedterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_markedterm1 = /** @type {((inputs?: Glossary_Markedterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Markedterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_markedterm1(inputs)
	if (locale === "de") return de_glossary_markedterm1(inputs)
	return en_glossary_markedterm1(inputs)
});
export { glossary_markedterm1 as "glossary_markedTerm" }