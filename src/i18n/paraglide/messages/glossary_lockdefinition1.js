/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Lockdefinition1Inputs */

const en_glossary_lockdefinition1 = /** @type {(inputs: Glossary_Lockdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A POP3 server gives one session at a time exclusive access to a maildrop; a second login meanwhile is refused (often "-ERR [IN-USE]"). The lock is released in UPDATE or when the session ends.`)
};

const es_glossary_lockdefinition1 = /** @type {(inputs: Glossary_Lockdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un servidor POP3 da a una sola sesión a la vez acceso exclusivo a un buzón; mientras tanto, un segundo inicio de sesión se rechaza (a menudo con "-ERR [IN-USE]"). El bloqueo se libera en UPDATE o cuando termina la sesión.`)
};

const de_glossary_lockdefinition1 = /** @type {(inputs: Glossary_Lockdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein POP3-Server gibt immer nur einer Sitzung exklusiven Zugriff auf ein Postfach; eine zweite Anmeldung wird so lange abgewiesen (oft mit "-ERR [IN-USE]"). Die Sperre endet in UPDATE oder wenn die Sitzung endet.`)
};

/**
* | output |
* | --- |
* | "A POP3 server gives one session at a time exclusive access to a maildrop; a second login meanwhile is refused (often \"-ERR [IN-USE]\"). The lock is released i..." |
*
* @param {Glossary_Lockdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_lockdefinition1 = /** @type {((inputs?: Glossary_Lockdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Lockdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_lockdefinition1(inputs)
	if (locale === "de") return de_glossary_lockdefinition1(inputs)
	return en_glossary_lockdefinition1(inputs)
});
export { glossary_lockdefinition1 as "glossary_lockDefinition" }