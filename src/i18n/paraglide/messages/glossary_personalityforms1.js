/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Personalityforms1Inputs */

const en_glossary_personalityforms1 = /** @type {(inputs: Glossary_Personalityforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personality | personalities`)
};

const es_glossary_personalityforms1 = /** @type {(inputs: Glossary_Personalityforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personalidad | personalidades`)
};

const de_glossary_personalityforms1 = /** @type {(inputs: Glossary_Personalityforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servercharakter | Charakter`)
};

/**
* | output |
* | --- |
* | "personality \| personalities" |
*
* @param {Glossary_Personalityforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_personalityforms1 = /** @type {((inputs?: Glossary_Personalityforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Personalityforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_personalityforms1(inputs)
	if (locale === "de") return de_glossary_personalityforms1(inputs)
	return en_glossary_personalityforms1(inputs)
});
export { glossary_personalityforms1 as "glossary_personalityForms" }