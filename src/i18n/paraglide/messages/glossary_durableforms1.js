/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Durableforms1Inputs */

const en_glossary_durableforms1 = /** @type {(inputs: Glossary_Durableforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`durable | durably | on disk`)
};

const es_glossary_durableforms1 = /** @type {(inputs: Glossary_Durableforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`guardado en disco | en disco | duradero | duradera`)
};

const de_glossary_durableforms1 = /** @type {(inputs: Glossary_Durableforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dauerhaft | auf der Festplatte | auf Platte`)
};

/**
* | output |
* | --- |
* | "durable \| durably \| on disk" |
*
* @param {Glossary_Durableforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_durableforms1 = /** @type {((inputs?: Glossary_Durableforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Durableforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_durableforms1(inputs)
	if (locale === "de") return de_glossary_durableforms1(inputs)
	return en_glossary_durableforms1(inputs)
});
export { glossary_durableforms1 as "glossary_durableForms" }