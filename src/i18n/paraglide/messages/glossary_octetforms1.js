/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Octetforms1Inputs */

const en_glossary_octetforms1 = /** @type {(inputs: Glossary_Octetforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`octet | octets`)
};

const es_glossary_octetforms1 = /** @type {(inputs: Glossary_Octetforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`octeto | octetos`)
};

const de_glossary_octetforms1 = /** @type {(inputs: Glossary_Octetforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oktett | Oktette | Oktetten | Oktetts`)
};

/**
* | output |
* | --- |
* | "octet \| octets" |
*
* @param {Glossary_Octetforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_octetforms1 = /** @type {((inputs?: Glossary_Octetforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Octetforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_octetforms1(inputs)
	if (locale === "de") return de_glossary_octetforms1(inputs)
	return en_glossary_octetforms1(inputs)
});
export { glossary_octetforms1 as "glossary_octetForms" }