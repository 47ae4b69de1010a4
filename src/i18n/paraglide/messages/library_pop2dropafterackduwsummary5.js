/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropafterackduwsummary5Inputs */

const en_library_pop2dropafterackduwsummary5 = /** @type {(inputs: Library_Pop2dropafterackduwsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same reset after every ACKD, before QUIT, but this server is set to commit on release: when the connection is lost it releases the mailbox as after QUIT, so the acknowledged messages are deleted, as UW ipop2d did. RFC 937 allows either. The client had saved each message before its ACKD, so nothing is doubled and nothing lost.`)
};

const es_library_pop2dropafterackduwsummary5 = /** @type {(inputs: Library_Pop2dropafterackduwsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo reinicio tras todos los ACKD, antes de QUIT, pero este servidor está configurado para confirmar al liberar: cuando se pierde la conexión libera el buzón como tras QUIT, así que los mensajes confirmados se borran, como hacía UW ipop2d. La RFC 937 permite las dos cosas. El cliente había guardado cada mensaje antes de su ACKD, así que nada se duplica ni se pierde.`)
};

const de_library_pop2dropafterackduwsummary5 = /** @type {(inputs: Library_Pop2dropafterackduwsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dasselbe Zurücksetzen nach jedem ACKD, vor QUIT, aber dieser Server ist so eingestellt, dass er beim Freigeben festschreibt: Geht die Verbindung verloren, gibt er das Postfach frei wie nach QUIT, also werden die bestätigten Nachrichten gelöscht, wie bei UW ipop2d. RFC 937 erlaubt beides. Der Client hatte jede Nachricht vor ihrem ACKD gespeichert, also ist nichts doppelt und nichts verloren.`)
};

/**
* | output |
* | --- |
* | "The same reset after every ACKD, before QUIT, but this server is set to commit on release: when the connection is lost it releases the mailbox as after QUIT,..." |
*
* @param {Library_Pop2dropafterackduwsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropafterackduwsummary5 = /** @type {((inputs?: Library_Pop2dropafterackduwsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropafterackduwsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropafterackduwsummary5(inputs)
	if (locale === "de") return de_library_pop2dropafterackduwsummary5(inputs)
	return en_library_pop2dropafterackduwsummary5(inputs)
});
export { library_pop2dropafterackduwsummary5 as "library_pop2DropAfterAckdUwSummary" }