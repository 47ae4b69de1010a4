/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F1dropmidretrkeeptitle5Inputs */

const en_library_f1dropmidretrkeeptitle5 = /** @type {(inputs: Library_F1dropmidretrkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: the connection dies in the middle of RETR (leave on server)`)
};

const es_library_f1dropmidretrkeeptitle5 = /** @type {(inputs: Library_F1dropmidretrkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: la conexión muere en mitad de RETR (dejar en el servidor)`)
};

const de_library_f1dropmidretrkeeptitle5 = /** @type {(inputs: Library_F1dropmidretrkeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F1: Die Verbindung stirbt mitten in RETR (auf dem Server lassen)`)
};

/**
* | output |
* | --- |
* | "F1: the connection dies in the middle of RETR (leave on server)" |
*
* @param {Library_F1dropmidretrkeeptitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f1dropmidretrkeeptitle5 = /** @type {((inputs?: Library_F1dropmidretrkeeptitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F1dropmidretrkeeptitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f1dropmidretrkeeptitle5(inputs)
	if (locale === "de") return de_library_f1dropmidretrkeeptitle5(inputs)
	return en_library_f1dropmidretrkeeptitle5(inputs)
});
export { library_f1dropmidretrkeeptitle5 as "library_f1DropMidRetrKeepTitle" }