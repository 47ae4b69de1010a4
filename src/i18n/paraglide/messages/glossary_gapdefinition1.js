/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Gapdefinition1Inputs */

const en_glossary_gapdefinition1 = /** @type {(inputs: Glossary_Gapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A device never got a message although a copy exists elsewhere (another device took it and it was deleted from the server). Nothing is lost, but this device will never see it.`)
};

const es_glossary_gapdefinition1 = /** @type {(inputs: Glossary_Gapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un dispositivo nunca recibió un mensaje aunque existe una copia en otro sitio (otro dispositivo se lo llevó y se borró del servidor). No se ha perdido nada, pero este dispositivo nunca lo verá.`)
};

const de_glossary_gapdefinition1 = /** @type {(inputs: Glossary_Gapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Gerät hat eine Nachricht nie bekommen, obwohl anderswo eine Kopie existiert (ein anderes Gerät hat sie geholt, und sie wurde auf dem Server gelöscht). Verloren ist nichts, aber dieses Gerät wird sie nie sehen.`)
};

/**
* | output |
* | --- |
* | "A device never got a message although a copy exists elsewhere (another device took it and it was deleted from the server). Nothing is lost, but this device w..." |
*
* @param {Glossary_Gapdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_gapdefinition1 = /** @type {((inputs?: Glossary_Gapdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Gapdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_gapdefinition1(inputs)
	if (locale === "de") return de_glossary_gapdefinition1(inputs)
	return en_glossary_gapdefinition1(inputs)
});
export { glossary_gapdefinition1 as "glossary_gapDefinition" }