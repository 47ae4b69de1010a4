/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1keepretrtitle3Inputs */

const en_library_pop1keepretrtitle3 = /** @type {(inputs: Library_Pop1keepretrtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: keeping mail with RETR, polled twice`)
};

const es_library_pop1keepretrtitle3 = /** @type {(inputs: Library_Pop1keepretrtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: conservar el correo con RETR, dos consultas`)
};

const de_library_pop1keepretrtitle3 = /** @type {(inputs: Library_Pop1keepretrtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: Mail mit RETR behalten, zweimal abgerufen`)
};

/**
* | output |
* | --- |
* | "POP1: keeping mail with RETR, polled twice" |
*
* @param {Library_Pop1keepretrtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1keepretrtitle3 = /** @type {((inputs?: Library_Pop1keepretrtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1keepretrtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1keepretrtitle3(inputs)
	if (locale === "de") return de_library_pop1keepretrtitle3(inputs)
	return en_library_pop1keepretrtitle3(inputs)
});
export { library_pop1keepretrtitle3 as "library_pop1KeepRetrTitle" }