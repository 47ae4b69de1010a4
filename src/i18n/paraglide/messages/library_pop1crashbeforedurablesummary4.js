/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1crashbeforedurablesummary4Inputs */

const en_library_pop1crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop1crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client confirms with RCVD while the mailbox is only in memory; the server deletes it. A power loss before the disk write loses the whole mailbox.`)
};

const es_library_pop1crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop1crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente confirma con RCVD mientras el buzón solo está en memoria; el servidor lo borra. Un corte de corriente antes de escribir en disco pierde el buzón entero.`)
};

const de_library_pop1crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop1crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client bestätigt mit RCVD, während das Postfach nur im Arbeitsspeicher liegt; der Server löscht es. Ein Stromausfall vor dem Schreiben auf die Festplatte kostet das ganze Postfach.`)
};

/**
* | output |
* | --- |
* | "The client confirms with RCVD while the mailbox is only in memory; the server deletes it. A power loss before the disk write loses the whole mailbox." |
*
* @param {Library_Pop1crashbeforedurablesummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1crashbeforedurablesummary4 = /** @type {((inputs?: Library_Pop1crashbeforedurablesummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1crashbeforedurablesummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1crashbeforedurablesummary4(inputs)
	if (locale === "de") return de_library_pop1crashbeforedurablesummary4(inputs)
	return en_library_pop1crashbeforedurablesummary4(inputs)
});
export { library_pop1crashbeforedurablesummary4 as "library_pop1CrashBeforeDurableSummary" }