/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Segmentforms1Inputs */

const en_glossary_segmentforms1 = /** @type {(inputs: Glossary_Segmentforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`segment | segments`)
};

const es_glossary_segmentforms1 = /** @type {(inputs: Glossary_Segmentforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`segmento | segmentos`)
};

const de_glossary_segmentforms1 = /** @type {(inputs: Glossary_Segmentforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Segment | Segmente | Segments`)
};

/**
* | output |
* | --- |
* | "segment \| segments" |
*
* @param {Glossary_Segmentforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_segmentforms1 = /** @type {((inputs?: Glossary_Segmentforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Segmentforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_segmentforms1(inputs)
	if (locale === "de") return de_glossary_segmentforms1(inputs)
	return en_glossary_segmentforms1(inputs)
});
export { glossary_segmentforms1 as "glossary_segmentForms" }