/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Leaveonserverdefinition3Inputs */

const en_glossary_leaveonserverdefinition3 = /** @type {(inputs: Glossary_Leaveonserverdefinition3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A client setting: download without DELE and remember UIDs. Lets several devices read the same mail, but it piles up on the server, and clients that delete after N days bring the gap back. RFC 1939 §8 calls it a weak version of IMAP.`)
};

const es_glossary_leaveonserverdefinition3 = /** @type {(inputs: Glossary_Leaveonserverdefinition3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un ajuste del cliente: descargar sin DELE y recordar los UID. Permite que varios dispositivos lean el mismo correo, pero este se acumula en el servidor, y los clientes que borran a los N días vuelven a abrir el hueco. La RFC 1939 §8 lo llama una versión pobre de IMAP.`)
};

const de_glossary_leaveonserverdefinition3 = /** @type {(inputs: Glossary_Leaveonserverdefinition3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Einstellung des Clients: ohne DELE herunterladen und die UIDs merken. So können mehrere Geräte dieselbe Mail lesen, aber sie stapelt sich auf dem Server, und Clients, die nach N Tagen löschen, bringen die Lücke zurück. RFC 1939 §8 nennt das eine schwache Form von IMAP.`)
};

/**
* | output |
* | --- |
* | "A client setting: download without DELE and remember UIDs. Lets several devices read the same mail, but it piles up on the server, and clients that delete af..." |
*
* @param {Glossary_Leaveonserverdefinition3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_leaveonserverdefinition3 = /** @type {((inputs?: Glossary_Leaveonserverdefinition3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Leaveonserverdefinition3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_leaveonserverdefinition3(inputs)
	if (locale === "de") return de_glossary_leaveonserverdefinition3(inputs)
	return en_glossary_leaveonserverdefinition3(inputs)
});
export { glossary_leaveonserverdefinition3 as "glossary_leaveOnServerDefinition" }