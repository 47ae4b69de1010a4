/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Uiddefinition1Inputs */

const en_glossary_uiddefinition1 = /** @type {(inputs: Glossary_Uiddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A name for a message that stays the same across sessions, listed by the UIDL command. Message numbers change from session to session; a client that leaves mail on the server remembers the UIDs it has saved, to fetch only new mail.`)
};

const es_glossary_uiddefinition1 = /** @type {(inputs: Glossary_Uiddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un nombre para un mensaje que no cambia de una sesión a otra; la orden UIDL los enumera. Los números de mensaje cambian en cada sesión; un cliente que deja el correo en el servidor recuerda los UID que ya ha guardado, para descargar solo el correo nuevo.`)
};

const de_glossary_uiddefinition1 = /** @type {(inputs: Glossary_Uiddefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Name für eine Nachricht, der über Sitzungen hinweg gleich bleibt; der Befehl UIDL listet sie auf. Nachrichtennummern ändern sich von Sitzung zu Sitzung; ein Client, der Mail auf dem Server lässt, merkt sich die UIDs, die er schon gespeichert hat, um nur neue Mail zu holen.`)
};

/**
* | output |
* | --- |
* | "A name for a message that stays the same across sessions, listed by the UIDL command. Message numbers change from session to session; a client that leaves ma..." |
*
* @param {Glossary_Uiddefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_uiddefinition1 = /** @type {((inputs?: Glossary_Uiddefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Uiddefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_uiddefinition1(inputs)
	if (locale === "de") return de_glossary_uiddefinition1(inputs)
	return en_glossary_uiddefinition1(inputs)
});
export { glossary_uiddefinition1 as "glossary_uidDefinition" }