/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Crammd5term2Inputs */

const en_glossary_crammd5term2 = /** @type {(inputs: Glossary_Crammd5term2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CRAM-MD5`)
};

const es_glossary_crammd5term2 = /** @type {(inputs: Glossary_Crammd5term2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CRAM-MD5`)
};

const de_glossary_crammd5term2 = /** @type {(inputs: Glossary_Crammd5term2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`CRAM-MD5`)
};

/**
* | output |
* | --- |
* | "CRAM-MD5" |
*
* @param {Glossary_Crammd5term2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_crammd5term2 = /** @type {((inputs?: Glossary_Crammd5term2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Crammd5term2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_crammd5term2(inputs)
	if (locale === "de") return de_glossary_crammd5term2(inputs)
	return en_glossary_crammd5term2(inputs)
});
export { glossary_crammd5term2 as "glossary_cramMd5Term" }