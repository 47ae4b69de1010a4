/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F1dropmidretrdeletetitle5Inputs */

const en_library_f1dropmidretrdeletetitle5 = /** @type {(inputs: Library_F1dropmidretrdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: the connection dies in the middle of RETR (delete on download)`)
};

const es_library_f1dropmidretrdeletetitle5 = /** @type {(inputs: Library_F1dropmidretrdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: la conexión muere en mitad de RETR (borrar al descargar)`)
};

const de_library_f1dropmidretrdeletetitle5 = /** @type {(inputs: Library_F1dropmidretrdeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: Die Verbindung stirbt mitten in RETR (beim Abrufen löschen)`)
};

/**
* | output |
* | --- |
* | "F1: the connection dies in the middle of RETR (delete on download)" |
*
* @param {Library_F1dropmidretrdeletetitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f1dropmidretrdeletetitle5 = /** @type {((inputs?: Library_F1dropmidretrdeletetitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F1dropmidretrdeletetitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f1dropmidretrdeletetitle5(inputs)
	if (locale === "de") return de_library_f1dropmidretrdeletetitle5(inputs)
	return en_library_f1dropmidretrdeletetitle5(inputs)
});
export { library_f1dropmidretrdeletetitle5 as "library_f1DropMidRetrDeleteTitle" }