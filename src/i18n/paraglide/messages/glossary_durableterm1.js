/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Durableterm1Inputs */

const en_glossary_durableterm1 = /** @type {(inputs: Glossary_Durableterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`durable`)
};

const es_glossary_durableterm1 = /** @type {(inputs: Glossary_Durableterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guardado (duradero)`)
};

const de_glossary_durableterm1 = /** @type {(inputs: Glossary_Durableterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dauerhaft gespeichert`)
};

/**
* | output |
* | --- |
* | "durable" |
*
* @param {Glossary_Durableterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_durableterm1 = /** @type {((inputs?: Glossary_Durableterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Durableterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_durableterm1(inputs)
	if (locale === "de") return de_glossary_durableterm1(inputs)
	return en_glossary_durableterm1(inputs)
});
export { glossary_durableterm1 as "glossary_durableTerm" }