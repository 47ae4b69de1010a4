/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Gapforms1Inputs */

const en_glossary_gapforms1 = /** @type {(inputs: Glossary_Gapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gap | gaps`)
};

const es_glossary_gapforms1 = /** @type {(inputs: Glossary_Gapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`hueco | huecos`)
};

const de_glossary_gapforms1 = /** @type {(inputs: Glossary_Gapforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lücke | Lücken`)
};

/**
* | output |
* | --- |
* | "gap \| gaps" |
*
* @param {Glossary_Gapforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_gapforms1 = /** @type {((inputs?: Glossary_Gapforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Gapforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_gapforms1(inputs)
	if (locale === "de") return de_glossary_gapforms1(inputs)
	return en_glossary_gapforms1(inputs)
});
export { glossary_gapforms1 as "glossary_gapForms" }