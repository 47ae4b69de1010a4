/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Uidforms1Inputs */

const en_glossary_uidforms1 = /** @type {(inputs: Glossary_Uidforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID | UIDs | unique-id | unique-ids | UIDL | UID memory`)
};

const es_glossary_uidforms1 = /** @type {(inputs: Glossary_Uidforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID | UIDs | identificador único | identificadores únicos | UIDL | memoria de UID`)
};

const de_glossary_uidforms1 = /** @type {(inputs: Glossary_Uidforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID | UIDs | eindeutige ID | eindeutigen IDs | UIDL | UID-Gedächtnis`)
};

/**
* | output |
* | --- |
* | "UID \| UIDs \| unique-id \| unique-ids \| UIDL \| UID memory" |
*
* @param {Glossary_Uidforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_uidforms1 = /** @type {((inputs?: Glossary_Uidforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Uidforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_uidforms1(inputs)
	if (locale === "de") return de_glossary_uidforms1(inputs)
	return en_glossary_uidforms1(inputs)
});
export { glossary_uidforms1 as "glossary_uidForms" }