/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Retransmissionforms1Inputs */

const en_glossary_retransmissionforms1 = /** @type {(inputs: Glossary_Retransmissionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retransmission | retransmits | retransmitted`)
};

const es_glossary_retransmissionforms1 = /** @type {(inputs: Glossary_Retransmissionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`retransmisión | retransmite | retransmitido | reenvía`)
};

const de_glossary_retransmissionforms1 = /** @type {(inputs: Glossary_Retransmissionforms1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neuübertragung | sendet es neu | erneut gesendet`)
};

/**
* | output |
* | --- |
* | "retransmission \| retransmits \| retransmitted" |
*
* @param {Glossary_Retransmissionforms1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_retransmissionforms1 = /** @type {((inputs?: Glossary_Retransmissionforms1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Retransmissionforms1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_retransmissionforms1(inputs)
	if (locale === "de") return de_glossary_retransmissionforms1(inputs)
	return en_glossary_retransmissionforms1(inputs)
});
export { glossary_retransmissionforms1 as "glossary_retransmissionForms" }