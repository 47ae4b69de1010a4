/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Updateforms1Inputs */

const en_glossary_updateforms1 = /** @type {(inputs: Glossary_Updateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

const es_glossary_updateforms1 = /** @type {(inputs: Glossary_Updateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

const de_glossary_updateforms1 = /** @type {(inputs: Glossary_Updateforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE`)
};

/**
* | output |
* | --- |
* | "UPDATE" |
*
* @param {Glossary_Updateforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_updateforms1 = /** @type {((inputs?: Glossary_Updateforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Updateforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_updateforms1(inputs)
	if (locale === "de") return de_glossary_updateforms1(inputs)
	return en_glossary_updateforms1(inputs)
});
export { glossary_updateforms1 as "glossary_updateForms" }