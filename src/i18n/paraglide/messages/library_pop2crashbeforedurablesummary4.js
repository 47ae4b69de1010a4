/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2crashbeforedurablesummary4Inputs */

const en_library_pop2crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop2crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client acknowledges each message with ACKD while it is still only in memory. QUIT releases the mailbox and the server deletes them; then the laptop loses power and the copies are gone.`)
};

const es_library_pop2crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop2crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente confirma cada mensaje con ACKD mientras todavía solo está en memoria. QUIT libera el buzón y el servidor los borra; luego el portátil se queda sin corriente y las copias desaparecen.`)
};

const de_library_pop2crashbeforedurablesummary4 = /** @type {(inputs: Library_Pop2crashbeforedurablesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client bestätigt jede Nachricht mit ACKD, solange sie noch nur im Arbeitsspeicher ist. QUIT gibt das Postfach frei, und der Server löscht sie; dann verliert der Laptop den Strom, und die Kopien sind weg.`)
};

/**
* | output |
* | --- |
* | "The client acknowledges each message with ACKD while it is still only in memory. QUIT releases the mailbox and the server deletes them; then the laptop loses..." |
*
* @param {Library_Pop2crashbeforedurablesummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2crashbeforedurablesummary4 = /** @type {((inputs?: Library_Pop2crashbeforedurablesummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2crashbeforedurablesummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2crashbeforedurablesummary4(inputs)
	if (locale === "de") return de_library_pop2crashbeforedurablesummary4(inputs)
	return en_library_pop2crashbeforedurablesummary4(inputs)
});
export { library_pop2crashbeforedurablesummary4 as "library_pop2CrashBeforeDurableSummary" }