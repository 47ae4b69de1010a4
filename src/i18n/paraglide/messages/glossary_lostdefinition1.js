/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lostdefinition1Inputs */

const en_glossary_lostdefinition1 = /** @type {(inputs: Glossary_Lostdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No complete copy of the message survives anywhere: not on the server, not on any device.`)
};

const es_glossary_lostdefinition1 = /** @type {(inputs: Glossary_Lostdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No sobrevive ninguna copia completa del mensaje: ni en el servidor ni en ningún dispositivo.`)
};

const de_glossary_lostdefinition1 = /** @type {(inputs: Glossary_Lostdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Von der Nachricht überlebt nirgends eine vollständige Kopie: nicht auf dem Server, auf keinem Gerät.`)
};

/**
* | output |
* | --- |
* | "No complete copy of the message survives anywhere: not on the server, not on any device." |
*
* @param {Glossary_Lostdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lostdefinition1 = /** @type {((inputs?: Glossary_Lostdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lostdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lostdefinition1(inputs)
	if (locale === "de") return de_glossary_lostdefinition1(inputs)
	return en_glossary_lostdefinition1(inputs)
});
export { glossary_lostdefinition1 as "glossary_lostDefinition" }