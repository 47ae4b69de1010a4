/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Custodyforms1Inputs */

const en_glossary_custodyforms1 = /** @type {(inputs: Glossary_Custodyforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`custody ledger | custody`)
};

const es_glossary_custodyforms1 = /** @type {(inputs: Glossary_Custodyforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`registro de custodia | custodia`)
};

const de_glossary_custodyforms1 = /** @type {(inputs: Glossary_Custodyforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbleibsbuch | Verbleib`)
};

/**
* | output |
* | --- |
* | "custody ledger \| custody" |
*
* @param {Glossary_Custodyforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_custodyforms1 = /** @type {((inputs?: Glossary_Custodyforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Custodyforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_custodyforms1(inputs)
	if (locale === "de") return de_glossary_custodyforms1(inputs)
	return en_glossary_custodyforms1(inputs)
});
export { glossary_custodyforms1 as "glossary_custodyForms" }