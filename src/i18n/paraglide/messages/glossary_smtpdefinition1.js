/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Smtpdefinition1Inputs */

const en_glossary_smtpdefinition1 = /** @type {(inputs: Glossary_Smtpdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How mail travels: a client submits outgoing mail on port 587 or 465 (submission), mail servers relay it with SMTP, and the receiving mail server (MTA) files it in the maildrop, where POP or IMAP read it.`)
};

const es_glossary_smtpdefinition1 = /** @type {(inputs: Glossary_Smtpdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cómo viaja el correo: un cliente entrega el correo saliente en el puerto 587 o 465 (envío), los servidores de correo lo retransmiten con SMTP y el servidor de destino (MTA) lo deja en el buzón, donde lo leen POP o IMAP.`)
};

const de_glossary_smtpdefinition1 = /** @type {(inputs: Glossary_Smtpdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wie Mail reist: Ein Client liefert ausgehende Mail auf Port 587 oder 465 ein (submission), Mailserver reichen sie per SMTP weiter, und der empfangende Mailserver (MTA) legt sie ins Postfach, wo POP oder IMAP sie lesen.`)
};

/**
* | output |
* | --- |
* | "How mail travels: a client submits outgoing mail on port 587 or 465 (submission), mail servers relay it with SMTP, and the receiving mail server (MTA) files ..." |
*
* @param {Glossary_Smtpdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_smtpdefinition1 = /** @type {((inputs?: Glossary_Smtpdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Smtpdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_smtpdefinition1(inputs)
	if (locale === "de") return de_glossary_smtpdefinition1(inputs)
	return en_glossary_smtpdefinition1(inputs)
});
export { glossary_smtpdefinition1 as "glossary_smtpDefinition" }