/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Personalityterm1Inputs */

const en_glossary_personalityterm1 = /** @type {(inputs: Glossary_Personalityterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`server personality`)
};

const es_glossary_personalityterm1 = /** @type {(inputs: Glossary_Personalityterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`personalidad del servidor`)
};

const de_glossary_personalityterm1 = /** @type {(inputs: Glossary_Personalityterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Servercharakter`)
};

/**
* | output |
* | --- |
* | "server personality" |
*
* @param {Glossary_Personalityterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_personalityterm1 = /** @type {((inputs?: Glossary_Personalityterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Personalityterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_personalityterm1(inputs)
	if (locale === "de") return de_glossary_personalityterm1(inputs)
	return en_glossary_personalityterm1(inputs)
});
export { glossary_personalityterm1 as "glossary_personalityTerm" }