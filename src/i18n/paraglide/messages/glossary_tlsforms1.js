/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Tlsforms1Inputs */

const en_glossary_tlsforms1 = /** @type {(inputs: Glossary_Tlsforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS | STLS | implicit TLS | POP3S`)
};

const es_glossary_tlsforms1 = /** @type {(inputs: Glossary_Tlsforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS | STLS | TLS implícito | POP3S`)
};

const de_glossary_tlsforms1 = /** @type {(inputs: Glossary_Tlsforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS | STLS | implizites TLS | POP3S`)
};

/**
* | output |
* | --- |
* | "TLS \| STLS \| implicit TLS \| POP3S" |
*
* @param {Glossary_Tlsforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_tlsforms1 = /** @type {((inputs?: Glossary_Tlsforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Tlsforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_tlsforms1(inputs)
	if (locale === "de") return de_glossary_tlsforms1(inputs)
	return en_glossary_tlsforms1(inputs)
});
export { glossary_tlsforms1 as "glossary_tlsForms" }