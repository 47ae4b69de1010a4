/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1dropbeforercvdtitle4Inputs */

const en_library_pop1dropbeforercvdtitle4 = /** @type {(inputs: Library_Pop1dropbeforercvdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F2: the connection is reset after the data, before RCVD`)
};

const es_library_pop1dropbeforercvdtitle4 = /** @type {(inputs: Library_Pop1dropbeforercvdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F2: la conexión se reinicia tras los datos, antes de RCVD`)
};

const de_library_pop1dropbeforercvdtitle4 = /** @type {(inputs: Library_Pop1dropbeforercvdtitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F2: Die Verbindung wird nach den Daten zurückgesetzt, vor RCVD`)
};

/**
* | output |
* | --- |
* | "POP1 F2: the connection is reset after the data, before RCVD" |
*
* @param {Library_Pop1dropbeforercvdtitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1dropbeforercvdtitle4 = /** @type {((inputs?: Library_Pop1dropbeforercvdtitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1dropbeforercvdtitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1dropbeforercvdtitle4(inputs)
	if (locale === "de") return de_library_pop1dropbeforercvdtitle4(inputs)
	return en_library_pop1dropbeforercvdtitle4(inputs)
});
export { library_pop1dropbeforercvdtitle4 as "library_pop1DropBeforeRcvdTitle" }