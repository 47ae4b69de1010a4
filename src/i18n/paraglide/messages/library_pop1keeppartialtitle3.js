/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1keeppartialtitle3Inputs */

const en_library_pop1keeppartialtitle3 = /** @type {(inputs: Library_Pop1keeppartialtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1 with a client that keeps the partial mailbox`)
};

const es_library_pop1keeppartialtitle3 = /** @type {(inputs: Library_Pop1keeppartialtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1 con un cliente que se queda con el buzón parcial`)
};

const de_library_pop1keeppartialtitle3 = /** @type {(inputs: Library_Pop1keeppartialtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F1 mit einem Client, der das unvollständige Postfach behält`)
};

/**
* | output |
* | --- |
* | "POP1 F1 with a client that keeps the partial mailbox" |
*
* @param {Library_Pop1keeppartialtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1keeppartialtitle3 = /** @type {((inputs?: Library_Pop1keeppartialtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1keeppartialtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1keeppartialtitle3(inputs)
	if (locale === "de") return de_library_pop1keeppartialtitle3(inputs)
	return en_library_pop1keeppartialtitle3(inputs)
});
export { library_pop1keeppartialtitle3 as "library_pop1KeepPartialTitle" }