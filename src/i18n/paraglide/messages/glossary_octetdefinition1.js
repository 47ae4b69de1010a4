/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Octetdefinition1Inputs */

const en_glossary_octetdefinition1 = /** @type {(inputs: Glossary_Octetdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eight bits: one byte on the wire. POP counts message sizes in octets (LIST, STAT), including the CRLF at each line end.`)
};

const es_glossary_octetdefinition1 = /** @type {(inputs: Glossary_Octetdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ocho bits: un byte en la línea. POP cuenta el tamaño de los mensajes en octetos (LIST, STAT), incluido el CRLF del final de cada línea.`)
};

const de_glossary_octetdefinition1 = /** @type {(inputs: Glossary_Octetdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acht Bit: ein Byte auf der Leitung. POP zählt Nachrichtengrößen in Oktetten (LIST, STAT), samt dem CRLF am Ende jeder Zeile.`)
};

/**
* | output |
* | --- |
* | "Eight bits: one byte on the wire. POP counts message sizes in octets (LIST, STAT), including the CRLF at each line end." |
*
* @param {Glossary_Octetdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_octetdefinition1 = /** @type {((inputs?: Glossary_Octetdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Octetdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_octetdefinition1(inputs)
	if (locale === "de") return de_glossary_octetdefinition1(inputs)
	return en_glossary_octetdefinition1(inputs)
});
export { glossary_octetdefinition1 as "glossary_octetDefinition" }