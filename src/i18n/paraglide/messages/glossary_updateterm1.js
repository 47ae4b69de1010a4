/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Updateterm1Inputs */

const en_glossary_updateterm1 = /** @type {(inputs: Glossary_Updateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

const es_glossary_updateterm1 = /** @type {(inputs: Glossary_Updateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

const de_glossary_updateterm1 = /** @type {(inputs: Glossary_Updateterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

/**
* | output |
* | --- |
* | "UPDATE" |
*
* @param {Glossary_Updateterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_updateterm1 = /** @type {((inputs?: Glossary_Updateterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Updateterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_updateterm1(inputs)
	if (locale === "de") return de_glossary_updateterm1(inputs)
	return en_glossary_updateterm1(inputs)
});
export { glossary_updateterm1 as "glossary_updateTerm" }