/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropmidretrsummary4Inputs */

const en_library_pop2dropmidretrsummary4 = /** @type {(inputs: Library_Pop2dropmidretrsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The client counts the announced =ccc characters and gets fewer, so the copy is incomplete and is discarded. The message was never ACKD'd, so the next poll fetches it again.`)
};

const es_library_pop2dropmidretrsummary4 = /** @type {(inputs: Library_Pop2dropmidretrsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente cuenta los =ccc caracteres anunciados y recibe menos, así que la copia está incompleta y se descarta. El mensaje nunca recibió ACKD, así que la siguiente consulta lo vuelve a descargar.`)
};

const de_library_pop2dropmidretrsummary4 = /** @type {(inputs: Library_Pop2dropmidretrsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Client zählt die angekündigten =ccc Zeichen und bekommt weniger, also ist die Kopie unvollständig und wird verworfen. Die Nachricht hat nie ein ACKD bekommen, also holt der nächste Abruf sie wieder.`)
};

/**
* | output |
* | --- |
* | "The client counts the announced =ccc characters and gets fewer, so the copy is incomplete and is discarded. The message was never ACKD'd, so the next poll fe..." |
*
* @param {Library_Pop2dropmidretrsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropmidretrsummary4 = /** @type {((inputs?: Library_Pop2dropmidretrsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropmidretrsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropmidretrsummary4(inputs)
	if (locale === "de") return de_library_pop2dropmidretrsummary4(inputs)
	return en_library_pop2dropmidretrsummary4(inputs)
});
export { library_pop2dropmidretrsummary4 as "library_pop2DropMidRetrSummary" }