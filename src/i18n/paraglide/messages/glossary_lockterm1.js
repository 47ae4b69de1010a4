/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lockterm1Inputs */

const en_glossary_lockterm1 = /** @type {(inputs: Glossary_Lockterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lock`)
};

const es_glossary_lockterm1 = /** @type {(inputs: Glossary_Lockterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`bloqueo`)
};

const de_glossary_lockterm1 = /** @type {(inputs: Glossary_Lockterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sperre`)
};

/**
* | output |
* | --- |
* | "lock" |
*
* @param {Glossary_Lockterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lockterm1 = /** @type {((inputs?: Glossary_Lockterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lockterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lockterm1(inputs)
	if (locale === "de") return de_glossary_lockterm1(inputs)
	return en_glossary_lockterm1(inputs)
});
export { glossary_lockterm1 as "glossary_lockTerm" }