/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lostterm1Inputs */

const en_glossary_lostterm1 = /** @type {(inputs: Glossary_Lostterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost`)
};

const es_glossary_lostterm1 = /** @type {(inputs: Glossary_Lostterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`perdido`)
};

const de_glossary_lostterm1 = /** @type {(inputs: Glossary_Lostterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren`)
};

/**
* | output |
* | --- |
* | "lost" |
*
* @param {Glossary_Lostterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lostterm1 = /** @type {((inputs?: Glossary_Lostterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lostterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lostterm1(inputs)
	if (locale === "de") return de_glossary_lostterm1(inputs)
	return en_glossary_lostterm1(inputs)
});
export { glossary_lostterm1 as "glossary_lostTerm" }