/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Authorizationdefinition1Inputs */

const en_glossary_authorizationdefinition1 = /** @type {(inputs: Glossary_Authorizationdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The first state of a POP3 session: the client must identify itself (USER and PASS, APOP or AUTH) before it can touch the maildrop.`)
};

const es_glossary_authorizationdefinition1 = /** @type {(inputs: Glossary_Authorizationdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El primer estado de una sesión POP3: el cliente tiene que identificarse (USER y PASS, APOP o AUTH) antes de poder tocar el buzón.`)
};

const de_glossary_authorizationdefinition1 = /** @type {(inputs: Glossary_Authorizationdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der erste Zustand einer POP3-Sitzung: Der Client muss sich ausweisen (USER und PASS, APOP oder AUTH), bevor er das Postfach anfassen darf.`)
};

/**
* | output |
* | --- |
* | "The first state of a POP3 session: the client must identify itself (USER and PASS, APOP or AUTH) before it can touch the maildrop." |
*
* @param {Glossary_Authorizationdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_authorizationdefinition1 = /** @type {((inputs?: Glossary_Authorizationdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Authorizationdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_authorizationdefinition1(inputs)
	if (locale === "de") return de_glossary_authorizationdefinition1(inputs)
	return en_glossary_authorizationdefinition1(inputs)
});
export { glossary_authorizationdefinition1 as "glossary_authorizationDefinition" }