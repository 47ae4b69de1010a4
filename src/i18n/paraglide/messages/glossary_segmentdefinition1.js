/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Segmentdefinition1Inputs */

const en_glossary_segmentdefinition1 = /** @type {(inputs: Glossary_Segmentdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A piece of a TCP byte stream on the wire. In POP Lab one command or one reply is sent as one segment, delivered in chunks.`)
};

const es_glossary_segmentdefinition1 = /** @type {(inputs: Glossary_Segmentdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un trozo del flujo de bytes de TCP en la línea. En POP Lab cada orden o respuesta se envía como un segmento, entregado por partes.`)
};

const de_glossary_segmentdefinition1 = /** @type {(inputs: Glossary_Segmentdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Stück des TCP-Bytestroms auf der Leitung. In POP Lab wird jeder Befehl und jede Antwort als ein Segment gesendet und in Stücken zugestellt.`)
};

/**
* | output |
* | --- |
* | "A piece of a TCP byte stream on the wire. In POP Lab one command or one reply is sent as one segment, delivered in chunks." |
*
* @param {Glossary_Segmentdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_segmentdefinition1 = /** @type {((inputs?: Glossary_Segmentdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Segmentdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_segmentdefinition1(inputs)
	if (locale === "de") return de_glossary_segmentdefinition1(inputs)
	return en_glossary_segmentdefinition1(inputs)
});
export { glossary_segmentdefinition1 as "glossary_segmentDefinition" }