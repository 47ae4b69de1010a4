/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F5quitreplylosttitle4Inputs */

const en_library_f5quitreplylosttitle4 = /** @type {(inputs: Library_F5quitreplylosttitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F5: the connection dies after the server reads QUIT, before its reply arrives`)
};

const es_library_f5quitreplylosttitle4 = /** @type {(inputs: Library_F5quitreplylosttitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F5: la conexión muere después de que el servidor lea QUIT, antes de que llegue su respuesta`)
};

const de_library_f5quitreplylosttitle4 = /** @type {(inputs: Library_F5quitreplylosttitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F5: Die Verbindung stirbt, nachdem der Server QUIT gelesen hat, bevor seine Antwort ankommt`)
};

/**
* | output |
* | --- |
* | "F5: the connection dies after the server reads QUIT, before its reply arrives" |
*
* @param {Library_F5quitreplylosttitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f5quitreplylosttitle4 = /** @type {((inputs?: Library_F5quitreplylosttitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F5quitreplylosttitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f5quitreplylosttitle4(inputs)
	if (locale === "de") return de_library_f5quitreplylosttitle4(inputs)
	return en_library_f5quitreplylosttitle4(inputs)
});
export { library_f5quitreplylosttitle4 as "library_f5QuitReplyLostTitle" }