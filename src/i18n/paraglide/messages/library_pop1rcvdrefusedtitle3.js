/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1rcvdrefusedtitle3Inputs */

const en_library_pop1rcvdrefusedtitle3 = /** @type {(inputs: Library_Pop1rcvdrefusedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F21: RCVD on a server without write access`)
};

const es_library_pop1rcvdrefusedtitle3 = /** @type {(inputs: Library_Pop1rcvdrefusedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F21: RCVD en un servidor sin permiso de escritura`)
};

const de_library_pop1rcvdrefusedtitle3 = /** @type {(inputs: Library_Pop1rcvdrefusedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F21: RCVD auf einem Server ohne Schreibrecht`)
};

/**
* | output |
* | --- |
* | "POP1 F21: RCVD on a server without write access" |
*
* @param {Library_Pop1rcvdrefusedtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1rcvdrefusedtitle3 = /** @type {((inputs?: Library_Pop1rcvdrefusedtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1rcvdrefusedtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1rcvdrefusedtitle3(inputs)
	if (locale === "de") return de_library_pop1rcvdrefusedtitle3(inputs)
	return en_library_pop1rcvdrefusedtitle3(inputs)
});
export { library_pop1rcvdrefusedtitle3 as "library_pop1RcvdRefusedTitle" }