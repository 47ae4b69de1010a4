/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Directiondefinition1Inputs */

const en_glossary_directiondefinition1 = /** @type {(inputs: Glossary_Directiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The two directions of the connection: commands travel client → server, replies and message data server → client.`)
};

const es_glossary_directiondefinition1 = /** @type {(inputs: Glossary_Directiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Los dos sentidos de la conexión: las órdenes van de cliente → servidor; las respuestas y los datos de los mensajes, de servidor → cliente.`)
};

const de_glossary_directiondefinition1 = /** @type {(inputs: Glossary_Directiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die beiden Richtungen der Verbindung: Befehle gehen Client → Server, Antworten und Nachrichtendaten Server → Client.`)
};

/**
* | output |
* | --- |
* | "The two directions of the connection: commands travel client → server, replies and message data server → client." |
*
* @param {Glossary_Directiondefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_directiondefinition1 = /** @type {((inputs?: Glossary_Directiondefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Directiondefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_directiondefinition1(inputs)
	if (locale === "de") return de_glossary_directiondefinition1(inputs)
	return en_glossary_directiondefinition1(inputs)
});
export { glossary_directiondefinition1 as "glossary_directionDefinition" }