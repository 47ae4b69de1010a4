/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Gapterm1Inputs */

const en_glossary_gapterm1 = /** @type {(inputs: Glossary_Gapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gap`)
};

const es_glossary_gapterm1 = /** @type {(inputs: Glossary_Gapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hueco`)
};

const de_glossary_gapterm1 = /** @type {(inputs: Glossary_Gapterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke`)
};

/**
* | output |
* | --- |
* | "gap" |
*
* @param {Glossary_Gapterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_gapterm1 = /** @type {((inputs?: Glossary_Gapterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Gapterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_gapterm1(inputs)
	if (locale === "de") return de_glossary_gapterm1(inputs)
	return en_glossary_gapterm1(inputs)
});
export { glossary_gapterm1 as "glossary_gapTerm" }