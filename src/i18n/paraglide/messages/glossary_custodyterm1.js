/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Custodyterm1Inputs */

const en_glossary_custodyterm1 = /** @type {(inputs: Glossary_Custodyterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`custody ledger`)
};

const es_glossary_custodyterm1 = /** @type {(inputs: Glossary_Custodyterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`registro de custodia`)
};

const de_glossary_custodyterm1 = /** @type {(inputs: Glossary_Custodyterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verbleibsbuch`)
};

/**
* | output |
* | --- |
* | "custody ledger" |
*
* @param {Glossary_Custodyterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_custodyterm1 = /** @type {((inputs?: Glossary_Custodyterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Custodyterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_custodyterm1(inputs)
	if (locale === "de") return de_glossary_custodyterm1(inputs)
	return en_glossary_custodyterm1(inputs)
});
export { glossary_custodyterm1 as "glossary_custodyTerm" }