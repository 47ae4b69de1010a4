/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Transactiondefinition1Inputs */

const en_glossary_transactiondefinition1 = /** @type {(inputs: Glossary_Transactiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP3 state after a successful login: the client lists, reads and marks messages. Nothing is removed in this state.`)
};

const es_glossary_transactiondefinition1 = /** @type {(inputs: Glossary_Transactiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El estado de POP3 tras un inicio de sesión correcto: el cliente enumera, lee y marca mensajes. En este estado no se elimina nada.`)
};

const de_glossary_transactiondefinition1 = /** @type {(inputs: Glossary_Transactiondefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP3-Zustand nach erfolgreicher Anmeldung: Der Client listet, liest und markiert Nachrichten. In diesem Zustand wird nichts entfernt.`)
};

/**
* | output |
* | --- |
* | "The POP3 state after a successful login: the client lists, reads and marks messages. Nothing is removed in this state." |
*
* @param {Glossary_Transactiondefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_transactiondefinition1 = /** @type {((inputs?: Glossary_Transactiondefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Transactiondefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_transactiondefinition1(inputs)
	if (locale === "de") return de_glossary_transactiondefinition1(inputs)
	return en_glossary_transactiondefinition1(inputs)
});
export { glossary_transactiondefinition1 as "glossary_transactionDefinition" }