/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Tlsterm1Inputs */

const en_glossary_tlsterm1 = /** @type {(inputs: Glossary_Tlsterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS, STLS and port 995`)
};

const es_glossary_tlsterm1 = /** @type {(inputs: Glossary_Tlsterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS, STLS y el puerto 995`)
};

const de_glossary_tlsterm1 = /** @type {(inputs: Glossary_Tlsterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`TLS, STLS und Port 995`)
};

/**
* | output |
* | --- |
* | "TLS, STLS and port 995" |
*
* @param {Glossary_Tlsterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_tlsterm1 = /** @type {((inputs?: Glossary_Tlsterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Tlsterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_tlsterm1(inputs)
	if (locale === "de") return de_glossary_tlsterm1(inputs)
	return en_glossary_tlsterm1(inputs)
});
export { glossary_tlsterm1 as "glossary_tlsTerm" }