/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Lostsegmentretransmittedsummary3Inputs */

const en_library_lostsegmentretransmittedsummary3 = /** @type {(inputs: Library_Lostsegmentretransmittedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part of message 1 is lost on its way to the laptop. TCP notices the missing acknowledgement and sends it again after its retransmission timeout (RFC 6298 §5): the message arrives a second late but complete, and everything behind it waits its turn. A lost segment is a delay, not lost data.`)
};

const es_library_lostsegmentretransmittedsummary3 = /** @type {(inputs: Library_Lostsegmentretransmittedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una parte del mensaje 1 se pierde camino del portátil. TCP nota que falta el acuse de recibo y la vuelve a enviar tras su tiempo de retransmisión (RFC 6298 §5): el mensaje llega un segundo tarde pero completo, y todo lo que va detrás espera su turno. Un segmento perdido es un retraso, no datos perdidos.`)
};

const de_library_lostsegmentretransmittedsummary3 = /** @type {(inputs: Library_Lostsegmentretransmittedsummary3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Teil von Nachricht 1 geht auf dem Weg zum Laptop verloren. TCP bemerkt die fehlende Bestätigung und sendet ihn nach seinem Neuübertragungs-Timeout erneut (RFC 6298 §5): Die Nachricht kommt eine Sekunde später, aber vollständig an, und alles dahinter wartet, bis es dran ist. Ein verlorenes Segment ist eine Verzögerung, kein Datenverlust.`)
};

/**
* | output |
* | --- |
* | "Part of message 1 is lost on its way to the laptop. TCP notices the missing acknowledgement and sends it again after its retransmission timeout (RFC 6298 §5)..." |
*
* @param {Library_Lostsegmentretransmittedsummary3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_lostsegmentretransmittedsummary3 = /** @type {((inputs?: Library_Lostsegmentretransmittedsummary3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Lostsegmentretransmittedsummary3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_lostsegmentretransmittedsummary3(inputs)
	if (locale === "de") return de_library_lostsegmentretransmittedsummary3(inputs)
	return en_library_lostsegmentretransmittedsummary3(inputs)
});
export { library_lostsegmentretransmittedsummary3 as "library_lostSegmentRetransmittedSummary" }