/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F8pipelinedcrashsummary3Inputs */

const en_library_f8pipelinedcrashsummary3 = /** @type {(inputs: Library_F8pipelinedcrashsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`With PIPELINING (RFC 2449 §6.6) the client sends RETR n and DELE n together, so the delete request leaves before the message has even arrived, let alone reached the disk. A power loss after the QUIT commit loses every message.`)
};

const es_library_f8pipelinedcrashsummary3 = /** @type {(inputs: Library_F8pipelinedcrashsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Con PIPELINING (RFC 2449 §6.6) el cliente envía RETR n y DELE n a la vez, así que la petición de borrado sale antes de que el mensaje haya llegado siquiera, y no digamos al disco. Un corte de corriente tras la confirmación de QUIT pierde todos los mensajes.`)
};

const de_library_f8pipelinedcrashsummary3 = /** @type {(inputs: Library_F8pipelinedcrashsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit PIPELINING (RFC 2449 §6.6) sendet der Client RETR n und DELE n zusammen, also geht die Löschbitte hinaus, bevor die Nachricht überhaupt angekommen ist, geschweige denn auf der Festplatte. Ein Stromausfall nach dem Festschreiben bei QUIT kostet jede Nachricht.`)
};

/**
* | output |
* | --- |
* | "With PIPELINING (RFC 2449 §6.6) the client sends RETR n and DELE n together, so the delete request leaves before the message has even arrived, let alone reac..." |
*
* @param {Library_F8pipelinedcrashsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f8pipelinedcrashsummary3 = /** @type {((inputs?: Library_F8pipelinedcrashsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F8pipelinedcrashsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f8pipelinedcrashsummary3(inputs)
	if (locale === "de") return de_library_f8pipelinedcrashsummary3(inputs)
	return en_library_f8pipelinedcrashsummary3(inputs)
});
export { library_f8pipelinedcrashsummary3 as "library_f8PipelinedCrashSummary" }