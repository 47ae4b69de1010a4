/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Retransmissionterm1Inputs */

const en_glossary_retransmissionterm1 = /** @type {(inputs: Glossary_Retransmissionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retransmission`)
};

const es_glossary_retransmissionterm1 = /** @type {(inputs: Glossary_Retransmissionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retransmisión`)
};

const de_glossary_retransmissionterm1 = /** @type {(inputs: Glossary_Retransmissionterm1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuübertragung`)
};

/**
* | output |
* | --- |
* | "retransmission" |
*
* @param {Glossary_Retransmissionterm1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_retransmissionterm1 = /** @type {((inputs?: Glossary_Retransmissionterm1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Retransmissionterm1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_retransmissionterm1(inputs)
	if (locale === "de") return de_glossary_retransmissionterm1(inputs)
	return en_glossary_retransmissionterm1(inputs)
});
export { glossary_retransmissionterm1 as "glossary_retransmissionTerm" }