/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1dropmidtransfertitle4Inputs */

const en_library_pop1dropmidtransfertitle4 = /** @type {(inputs: Library_Pop1dropmidtransfertitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1: the connection dies during the mailbox transfer`)
};

const es_library_pop1dropmidtransfertitle4 = /** @type {(inputs: Library_Pop1dropmidtransfertitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1: la conexión muere durante la transferencia del buzón`)
};

const de_library_pop1dropmidtransfertitle4 = /** @type {(inputs: Library_Pop1dropmidtransfertitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1: Die Verbindung stirbt während der Übertragung des Postfachs`)
};

/**
* | output |
* | --- |
* | "POP1 F1: the connection dies during the mailbox transfer" |
*
* @param {Library_Pop1dropmidtransfertitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1dropmidtransfertitle4 = /** @type {((inputs?: Library_Pop1dropmidtransfertitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1dropmidtransfertitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1dropmidtransfertitle4(inputs)
	if (locale === "de") return de_library_pop1dropmidtransfertitle4(inputs)
	return en_library_pop1dropmidtransfertitle4(inputs)
});
export { library_pop1dropmidtransfertitle4 as "library_pop1DropMidTransferTitle" }