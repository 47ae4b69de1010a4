/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1keeppartialsummary3Inputs */

const en_library_pop1keeppartialsummary3 = /** @type {(inputs: Library_Pop1keeppartialsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same cut during the mailbox transfer, but this careless client keeps whatever arrived instead of discarding it. No RCVD was sent, so the server deleted nothing and the whole mailbox comes again next time: the message that had arrived whole before the cut is now on the laptop twice.`)
};

const es_library_pop1keeppartialsummary3 = /** @type {(inputs: Library_Pop1keeppartialsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo corte durante la transferencia del buzón, pero este cliente descuidado se queda con lo que haya llegado en vez de descartarlo. No se envió RCVD, así que el servidor no borró nada y el buzón entero vuelve la próxima vez: el mensaje que había llegado entero antes del corte está ahora dos veces en el portátil.`)
};

const de_library_pop1keeppartialsummary3 = /** @type {(inputs: Library_Pop1keeppartialsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Derselbe Abbruch während der Übertragung des Postfachs, aber dieser sorglose Client behält, was angekommen ist, statt es zu verwerfen. Es wurde kein RCVD gesendet, also hat der Server nichts gelöscht, und das ganze Postfach kommt beim nächsten Mal wieder: Die Nachricht, die vor dem Abbruch vollständig angekommen war, liegt jetzt zweimal auf dem Laptop.`)
};

/**
* | output |
* | --- |
* | "The same cut during the mailbox transfer, but this careless client keeps whatever arrived instead of discarding it. No RCVD was sent, so the server deleted n..." |
*
* @param {Library_Pop1keeppartialsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1keeppartialsummary3 = /** @type {((inputs?: Library_Pop1keeppartialsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1keeppartialsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1keeppartialsummary3(inputs)
	if (locale === "de") return de_library_pop1keeppartialsummary3(inputs)
	return en_library_pop1keeppartialsummary3(inputs)
});
export { library_pop1keeppartialsummary3 as "library_pop1KeepPartialSummary" }