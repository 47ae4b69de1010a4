/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Lostsegmentretransmittedtitle3Inputs */

const en_library_lostsegmentretransmittedtitle3 = /** @type {(inputs: Library_Lostsegmentretransmittedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A segment of a RETR reply is lost on the wire`)
};

const es_library_lostsegmentretransmittedtitle3 = /** @type {(inputs: Library_Lostsegmentretransmittedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se pierde en la línea un segmento de una respuesta a RETR`)
};

const de_library_lostsegmentretransmittedtitle3 = /** @type {(inputs: Library_Lostsegmentretransmittedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Segment einer Antwort auf RETR geht auf der Leitung verloren`)
};

/**
* | output |
* | --- |
* | "A segment of a RETR reply is lost on the wire" |
*
* @param {Library_Lostsegmentretransmittedtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_lostsegmentretransmittedtitle3 = /** @type {((inputs?: Library_Lostsegmentretransmittedtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Lostsegmentretransmittedtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_lostsegmentretransmittedtitle3(inputs)
	if (locale === "de") return de_library_lostsegmentretransmittedtitle3(inputs)
	return en_library_lostsegmentretransmittedtitle3(inputs)
});
export { library_lostsegmentretransmittedtitle3 as "library_lostSegmentRetransmittedTitle" }