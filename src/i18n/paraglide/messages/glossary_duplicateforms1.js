/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Duplicateforms1Inputs */

const en_glossary_duplicateforms1 = /** @type {(inputs: Glossary_Duplicateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicate | duplicates | duplicated`)
};

const es_glossary_duplicateforms1 = /** @type {(inputs: Glossary_Duplicateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`duplicado | duplicados | duplicada | duplicadas`)
};

const de_glossary_duplicateforms1 = /** @type {(inputs: Glossary_Duplicateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`doppelt | Duplikat | Duplikate`)
};

/**
* | output |
* | --- |
* | "duplicate \| duplicates \| duplicated" |
*
* @param {Glossary_Duplicateforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_duplicateforms1 = /** @type {((inputs?: Glossary_Duplicateforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Duplicateforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_duplicateforms1(inputs)
	if (locale === "de") return de_glossary_duplicateforms1(inputs)
	return en_glossary_duplicateforms1(inputs)
});
export { glossary_duplicateforms1 as "glossary_duplicateForms" }