/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Imapdefinition1Inputs */

const en_glossary_imapdefinition1 = /** @type {(inputs: Glossary_Imapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The other mail access protocol: mail stays on the server, with read state, flags and folders shared by every device, and IDLE to hear of new mail at once. POP3 deliberately does none of this.`)
};

const es_glossary_imapdefinition1 = /** @type {(inputs: Glossary_Imapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El otro protocolo de acceso al correo: el correo se queda en el servidor, con el estado de leído, los indicadores (flags) y las carpetas compartidos por todos los dispositivos, e IDLE para enterarse al instante del correo nuevo. POP3 no hace nada de esto, a propósito.`)
};

const de_glossary_imapdefinition1 = /** @type {(inputs: Glossary_Imapdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das andere Protokoll für den Mailzugriff: Die Mail bleibt auf dem Server, mit Gelesen-Status, Flags und Ordnern, die alle Geräte teilen, und IDLE, um sofort von neuer Mail zu erfahren. POP3 tut nichts davon, mit Absicht.`)
};

/**
* | output |
* | --- |
* | "The other mail access protocol: mail stays on the server, with read state, flags and folders shared by every device, and IDLE to hear of new mail at once. PO..." |
*
* @param {Glossary_Imapdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_imapdefinition1 = /** @type {((inputs?: Glossary_Imapdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Imapdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_imapdefinition1(inputs)
	if (locale === "de") return de_glossary_imapdefinition1(inputs)
	return en_glossary_imapdefinition1(inputs)
});
export { glossary_imapdefinition1 as "glossary_imapDefinition" }