/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Markedforms1Inputs */

const en_glossary_markedforms1 = /** @type {(inputs: Glossary_Markedforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marked | mark | marks`)
};

const es_glossary_markedforms1 = /** @type {(inputs: Glossary_Markedforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`marcado | marcados | marcada | marca | marcas`)
};

const de_glossary_markedforms1 = /** @type {(inputs: Glossary_Markedforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`markiert | markieren | Markierung | Markierungen`)
};

/**
* | output |
* | --- |
* | "marked \| mark \| marks" |
*
* @param {Glossary_Markedforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_markedforms1 = /** @type {((inputs?: Glossary_Markedforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Markedforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_markedforms1(inputs)
	if (locale === "de") return de_glossary_markedforms1(inputs)
	return en_glossary_markedforms1(inputs)
});
export { glossary_markedforms1 as "glossary_markedForms" }