/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1dropmidtransfersummary4Inputs */

const en_library_pop1dropmidtransfersummary4 = /** @type {(inputs: Library_Pop1dropmidtransfersummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fewer characters than announced arrive, so the block is incomplete and discarded. No RCVD was sent, so the server deleted nothing and the whole mailbox comes again next time.`)
};

const es_library_pop1dropmidtransfersummary4 = /** @type {(inputs: Library_Pop1dropmidtransfersummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Llegan menos caracteres de los anunciados, así que el bloque está incompleto y se descarta. No se envió RCVD, así que el servidor no borró nada y el buzón entero vuelve la próxima vez.`)
};

const de_library_pop1dropmidtransfersummary4 = /** @type {(inputs: Library_Pop1dropmidtransfersummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Es kommen weniger Zeichen an als angekündigt, also ist der Block unvollständig und wird verworfen. Es wurde kein RCVD gesendet, also hat der Server nichts gelöscht, und das ganze Postfach kommt beim nächsten Mal wieder.`)
};

/**
* | output |
* | --- |
* | "Fewer characters than announced arrive, so the block is incomplete and discarded. No RCVD was sent, so the server deleted nothing and the whole mailbox comes..." |
*
* @param {Library_Pop1dropmidtransfersummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1dropmidtransfersummary4 = /** @type {((inputs?: Library_Pop1dropmidtransfersummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1dropmidtransfersummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1dropmidtransfersummary4(inputs)
	if (locale === "de") return de_library_pop1dropmidtransfersummary4(inputs)
	return en_library_pop1dropmidtransfersummary4(inputs)
});
export { library_pop1dropmidtransfersummary4 as "library_pop1DropMidTransferSummary" }