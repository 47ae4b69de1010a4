/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F2dropbeforedelesummary4Inputs */

const en_library_f2dropbeforedelesummary4 = /** @type {(inputs: Library_F2dropbeforedelesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Message 1 arrives whole and is saved, then the connection is reset before the client can send DELE 1. The server keeps it (no mark, no UPDATE), so the next poll downloads it a second time: a duplicate, never a loss.`)
};

const es_library_f2dropbeforedelesummary4 = /** @type {(inputs: Library_F2dropbeforedelesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mensaje 1 llega entero y se guarda; luego la conexión se reinicia antes de que el cliente pueda enviar DELE 1. El servidor lo conserva (sin marca, sin UPDATE), así que la siguiente consulta lo descarga por segunda vez: un duplicado, nunca una pérdida.`)
};

const de_library_f2dropbeforedelesummary4 = /** @type {(inputs: Library_F2dropbeforedelesummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nachricht 1 kommt vollständig an und wird gespeichert, dann wird die Verbindung zurückgesetzt, bevor der Client DELE 1 senden kann. Der Server behält sie (keine Markierung, kein UPDATE), also lädt der nächste Abruf sie ein zweites Mal: doppelt, nie verloren.`)
};

/**
* | output |
* | --- |
* | "Message 1 arrives whole and is saved, then the connection is reset before the client can send DELE 1. The server keeps it (no mark, no UPDATE), so the next p..." |
*
* @param {Library_F2dropbeforedelesummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f2dropbeforedelesummary4 = /** @type {((inputs?: Library_F2dropbeforedelesummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F2dropbeforedelesummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f2dropbeforedelesummary4(inputs)
	if (locale === "de") return de_library_f2dropbeforedelesummary4(inputs)
	return en_library_f2dropbeforedelesummary4(inputs)
});
export { library_f2dropbeforedelesummary4 as "library_f2DropBeforeDeleSummary" }