/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Halfopenforms2Inputs */

const en_glossary_halfopenforms2 = /** @type {(inputs: Glossary_Halfopenforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`half-open | goes silent`)
};

const es_glossary_halfopenforms2 = /** @type {(inputs: Glossary_Halfopenforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`medio abierta | enmudece`)
};

const de_glossary_halfopenforms2 = /** @type {(inputs: Glossary_Halfopenforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`halboffen | halboffene | verstummt`)
};

/**
* | output |
* | --- |
* | "half-open \| goes silent" |
*
* @param {Glossary_Halfopenforms2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_halfopenforms2 = /** @type {((inputs?: Glossary_Halfopenforms2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Halfopenforms2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_halfopenforms2(inputs)
	if (locale === "de") return de_glossary_halfopenforms2(inputs)
	return en_glossary_halfopenforms2(inputs)
});
export { glossary_halfopenforms2 as "glossary_halfOpenForms" }