/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Dotstuffingterm2Inputs */

const en_glossary_dotstuffingterm2 = /** @type {(inputs: Glossary_Dotstuffingterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dot-stuffing`)
};

const es_glossary_dotstuffingterm2 = /** @type {(inputs: Glossary_Dotstuffingterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`relleno de puntos`)
};

const de_glossary_dotstuffingterm2 = /** @type {(inputs: Glossary_Dotstuffingterm2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Punkt-Verdopplung (dot-stuffing)`)
};

/**
* | output |
* | --- |
* | "dot-stuffing" |
*
* @param {Glossary_Dotstuffingterm2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_dotstuffingterm2 = /** @type {((inputs?: Glossary_Dotstuffingterm2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Dotstuffingterm2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_dotstuffingterm2(inputs)
	if (locale === "de") return de_glossary_dotstuffingterm2(inputs)
	return en_glossary_dotstuffingterm2(inputs)
});
export { glossary_dotstuffingterm2 as "glossary_dotStuffingTerm" }