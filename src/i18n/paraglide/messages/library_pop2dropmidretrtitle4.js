/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropmidretrtitle4Inputs */

const en_library_pop2dropmidretrtitle4 = /** @type {(inputs: Library_Pop2dropmidretrtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F1: the connection dies during RETR`)
};

const es_library_pop2dropmidretrtitle4 = /** @type {(inputs: Library_Pop2dropmidretrtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F1: la conexión muere durante RETR`)
};

const de_library_pop2dropmidretrtitle4 = /** @type {(inputs: Library_Pop2dropmidretrtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F1: Die Verbindung stirbt während RETR`)
};

/**
* | output |
* | --- |
* | "POP2 F1: the connection dies during RETR" |
*
* @param {Library_Pop2dropmidretrtitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropmidretrtitle4 = /** @type {((inputs?: Library_Pop2dropmidretrtitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropmidretrtitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropmidretrtitle4(inputs)
	if (locale === "de") return de_library_pop2dropmidretrtitle4(inputs)
	return en_library_pop2dropmidretrtitle4(inputs)
});
export { library_pop2dropmidretrtitle4 as "library_pop2DropMidRetrTitle" }