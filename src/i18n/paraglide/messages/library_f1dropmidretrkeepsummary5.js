/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F1dropmidretrkeepsummary5Inputs */

const en_library_f1dropmidretrkeepsummary5 = /** @type {(inputs: Library_F1dropmidretrkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave-on-server with UIDL: the cut transfer is discarded and its UID is not remembered, so the next poll fetches that message again, and only the messages the device does not have yet (RFC 1939 §7).`)
};

const es_library_f1dropmidretrkeepsummary5 = /** @type {(inputs: Library_F1dropmidretrkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor con UIDL: la transferencia cortada se descarta y su UID no se recuerda, así que la siguiente consulta vuelve a descargar ese mensaje, y solo los que el dispositivo aún no tiene (RFC 1939 §7).`)
};

const de_library_f1dropmidretrkeepsummary5 = /** @type {(inputs: Library_F1dropmidretrkeepsummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen mit UIDL: Die abgebrochene Übertragung wird verworfen und ihre UID nicht gemerkt, also holt der nächste Abruf diese Nachricht erneut, und nur die Nachrichten, die das Gerät noch nicht hat (RFC 1939 §7).`)
};

/**
* | output |
* | --- |
* | "Leave-on-server with UIDL: the cut transfer is discarded and its UID is not remembered, so the next poll fetches that message again, and only the messages th..." |
*
* @param {Library_F1dropmidretrkeepsummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f1dropmidretrkeepsummary5 = /** @type {((inputs?: Library_F1dropmidretrkeepsummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F1dropmidretrkeepsummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f1dropmidretrkeepsummary5(inputs)
	if (locale === "de") return de_library_f1dropmidretrkeepsummary5(inputs)
	return en_library_f1dropmidretrkeepsummary5(inputs)
});
export { library_f1dropmidretrkeepsummary5 as "library_f1DropMidRetrKeepSummary" }