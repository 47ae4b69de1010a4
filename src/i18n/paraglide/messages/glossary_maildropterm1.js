/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Maildropterm1Inputs */

const en_glossary_maildropterm1 = /** @type {(inputs: Glossary_Maildropterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`maildrop`)
};

const es_glossary_maildropterm1 = /** @type {(inputs: Glossary_Maildropterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`buzón (maildrop)`)
};

const de_glossary_maildropterm1 = /** @type {(inputs: Glossary_Maildropterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Postfach (maildrop)`)
};

/**
* | output |
* | --- |
* | "maildrop" |
*
* @param {Glossary_Maildropterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_maildropterm1 = /** @type {((inputs?: Glossary_Maildropterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Maildropterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_maildropterm1(inputs)
	if (locale === "de") return de_glossary_maildropterm1(inputs)
	return en_glossary_maildropterm1(inputs)
});
export { glossary_maildropterm1 as "glossary_maildropTerm" }