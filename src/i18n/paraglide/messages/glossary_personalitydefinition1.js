/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Personalitydefinition1Inputs */

const en_glossary_personalitydefinition1 = /** @type {(inputs: Glossary_Personalitydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How POP Lab's server behaves: conformant to the RFC, or like a real server that departs from it (expunge at DELE, download-once, no UIDL, retention of N days, ...).`)
};

const es_glossary_personalitydefinition1 = /** @type {(inputs: Glossary_Personalitydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cómo se comporta el servidor de POP Lab: conforme a la RFC, o como un servidor real que se aparta de ella (borra en DELE, descarga única, sin UIDL, conserva N días…).`)
};

const de_glossary_personalitydefinition1 = /** @type {(inputs: Glossary_Personalitydefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wie sich der Server in POP Lab verhält: RFC-konform oder wie ein echter Server, der davon abweicht (löscht sofort bei DELE, nur einmal abrufbar, ohne UIDL, behält Mail N Tage …).`)
};

/**
* | output |
* | --- |
* | "How POP Lab's server behaves: conformant to the RFC, or like a real server that departs from it (expunge at DELE, download-once, no UIDL, retention of N days..." |
*
* @param {Glossary_Personalitydefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_personalitydefinition1 = /** @type {((inputs?: Glossary_Personalitydefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Personalitydefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_personalitydefinition1(inputs)
	if (locale === "de") return de_glossary_personalitydefinition1(inputs)
	return en_glossary_personalitydefinition1(inputs)
});
export { glossary_personalitydefinition1 as "glossary_personalityDefinition" }