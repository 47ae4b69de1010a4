/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1rdelsessionsummary3Inputs */

const en_library_pop1rdelsessionsummary3 = /** @type {(inputs: Library_Pop1rdelsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`USER and PASS, then RDEL opens and locks the mailbox and the server answers #xxx, the size of the whole mailbox in characters. RCEV asks for the data; RCVD says "received and accepted", and only then does the server delete the mailbox contents (RFC 918 "The Protocol").`)
};

const es_library_pop1rdelsessionsummary3 = /** @type {(inputs: Library_Pop1rdelsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`USER y PASS; luego RDEL abre y bloquea el buzón y el servidor responde #xxx, el tamaño del buzón entero en caracteres. RCEV pide los datos; RCVD dice «recibido y aceptado», y solo entonces el servidor borra el contenido del buzón (RFC 918 "The Protocol").`)
};

const de_library_pop1rdelsessionsummary3 = /** @type {(inputs: Library_Pop1rdelsessionsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`USER und PASS, dann öffnet und sperrt RDEL das Postfach, und der Server antwortet #xxx, die Größe des ganzen Postfachs in Zeichen. RCEV fordert die Daten an; RCVD sagt „empfangen und angenommen“, und erst dann löscht der Server den Inhalt des Postfachs (RFC 918 "The Protocol").`)
};

/**
* | output |
* | --- |
* | "USER and PASS, then RDEL opens and locks the mailbox and the server answers #xxx, the size of the whole mailbox in characters. RCEV asks for the data; RCVD s..." |
*
* @param {Library_Pop1rdelsessionsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1rdelsessionsummary3 = /** @type {((inputs?: Library_Pop1rdelsessionsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1rdelsessionsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1rdelsessionsummary3(inputs)
	if (locale === "de") return de_library_pop1rdelsessionsummary3(inputs)
	return en_library_pop1rdelsessionsummary3(inputs)
});
export { library_pop1rdelsessionsummary3 as "library_pop1RdelSessionSummary" }