/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lostforms1Inputs */

const en_glossary_lostforms1 = /** @type {(inputs: Glossary_Lostforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost | loss`)
};

const es_glossary_lostforms1 = /** @type {(inputs: Glossary_Lostforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`perdido | perdidos | perdida | pérdida`)
};

const de_glossary_lostforms1 = /** @type {(inputs: Glossary_Lostforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`verloren | Verlust`)
};

/**
* | output |
* | --- |
* | "lost \| loss" |
*
* @param {Glossary_Lostforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lostforms1 = /** @type {((inputs?: Glossary_Lostforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lostforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lostforms1(inputs)
	if (locale === "de") return de_glossary_lostforms1(inputs)
	return en_glossary_lostforms1(inputs)
});
export { glossary_lostforms1 as "glossary_lostForms" }