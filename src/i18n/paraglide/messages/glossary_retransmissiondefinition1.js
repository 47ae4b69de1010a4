/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Retransmissiondefinition1Inputs */

const en_glossary_retransmissiondefinition1 = /** @type {(inputs: Glossary_Retransmissiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When a segment is lost, TCP sends it again after a timeout: the data arrives late, never with a hole in it. Data goes missing only when the connection itself dies.`)
};

const es_glossary_retransmissiondefinition1 = /** @type {(inputs: Glossary_Retransmissiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cuando se pierde un segmento, TCP lo vuelve a enviar tras un tiempo de espera: los datos llegan tarde, nunca con un agujero. Solo faltan datos cuando muere la propia conexión.`)
};

const de_glossary_retransmissiondefinition1 = /** @type {(inputs: Glossary_Retransmissiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geht ein Segment verloren, sendet TCP es nach einer Wartezeit erneut: Die Daten kommen spät an, aber nie mit einem Loch. Daten fehlen nur, wenn die Verbindung selbst stirbt.`)
};

/**
* | output |
* | --- |
* | "When a segment is lost, TCP sends it again after a timeout: the data arrives late, never with a hole in it. Data goes missing only when the connection itself..." |
*
* @param {Glossary_Retransmissiondefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_retransmissiondefinition1 = /** @type {((inputs?: Glossary_Retransmissiondefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Retransmissiondefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_retransmissiondefinition1(inputs)
	if (locale === "de") return de_glossary_retransmissiondefinition1(inputs)
	return en_glossary_retransmissiondefinition1(inputs)
});
export { glossary_retransmissiondefinition1 as "glossary_retransmissionDefinition" }