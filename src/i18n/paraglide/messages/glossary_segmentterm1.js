/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Segmentterm1Inputs */

const en_glossary_segmentterm1 = /** @type {(inputs: Glossary_Segmentterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`segment`)
};

const es_glossary_segmentterm1 = /** @type {(inputs: Glossary_Segmentterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`segmento`)
};

const de_glossary_segmentterm1 = /** @type {(inputs: Glossary_Segmentterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment`)
};

/**
* | output |
* | --- |
* | "segment" |
*
* @param {Glossary_Segmentterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_segmentterm1 = /** @type {((inputs?: Glossary_Segmentterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Segmentterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_segmentterm1(inputs)
	if (locale === "de") return de_glossary_segmentterm1(inputs)
	return en_glossary_segmentterm1(inputs)
});
export { glossary_segmentterm1 as "glossary_segmentTerm" }