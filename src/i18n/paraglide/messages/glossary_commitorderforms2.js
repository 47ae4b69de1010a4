/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Commitorderforms2Inputs */

const en_glossary_commitorderforms2 = /** @type {(inputs: Glossary_Commitorderforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`commit order`)
};

const es_glossary_commitorderforms2 = /** @type {(inputs: Glossary_Commitorderforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`orden de confirmación`)
};

const de_glossary_commitorderforms2 = /** @type {(inputs: Glossary_Commitorderforms2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reihenfolge beim Bestätigen`)
};

/**
* | output |
* | --- |
* | "commit order" |
*
* @param {Glossary_Commitorderforms2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_commitorderforms2 = /** @type {((inputs?: Glossary_Commitorderforms2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Commitorderforms2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_commitorderforms2(inputs)
	if (locale === "de") return de_glossary_commitorderforms2(inputs)
	return en_glossary_commitorderforms2(inputs)
});
export { glossary_commitorderforms2 as "glossary_commitOrderForms" }