/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F2dropbeforedeletitle4Inputs */

const en_library_f2dropbeforedeletitle4 = /** @type {(inputs: Library_F2dropbeforedeletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F2: the connection is reset after a complete RETR, before DELE`)
};

const es_library_f2dropbeforedeletitle4 = /** @type {(inputs: Library_F2dropbeforedeletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F2: la conexión se reinicia tras un RETR completo, antes de DELE`)
};

const de_library_f2dropbeforedeletitle4 = /** @type {(inputs: Library_F2dropbeforedeletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F2: Die Verbindung wird nach einem vollständigen RETR zurückgesetzt, vor DELE`)
};

/**
* | output |
* | --- |
* | "F2: the connection is reset after a complete RETR, before DELE" |
*
* @param {Library_F2dropbeforedeletitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f2dropbeforedeletitle4 = /** @type {((inputs?: Library_F2dropbeforedeletitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F2dropbeforedeletitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f2dropbeforedeletitle4(inputs)
	if (locale === "de") return de_library_f2dropbeforedeletitle4(inputs)
	return en_library_f2dropbeforedeletitle4(inputs)
});
export { library_f2dropbeforedeletitle4 as "library_f2DropBeforeDeleTitle" }