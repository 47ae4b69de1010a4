/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2keepackstitle3Inputs */

const en_library_pop2keepackstitle3 = /** @type {(inputs: Library_Pop2keepackstitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: keeping mail with ACKS, polled twice`)
};

const es_library_pop2keepackstitle3 = /** @type {(inputs: Library_Pop2keepackstitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: conservar el correo con ACKS, dos consultas`)
};

const de_library_pop2keepackstitle3 = /** @type {(inputs: Library_Pop2keepackstitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: Mail mit ACKS behalten, zweimal abgerufen`)
};

/**
* | output |
* | --- |
* | "POP2: keeping mail with ACKS, polled twice" |
*
* @param {Library_Pop2keepackstitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2keepackstitle3 = /** @type {((inputs?: Library_Pop2keepackstitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2keepackstitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2keepackstitle3(inputs)
	if (locale === "de") return de_library_pop2keepackstitle3(inputs)
	return en_library_pop2keepackstitle3(inputs)
});
export { library_pop2keepackstitle3 as "library_pop2KeepAcksTitle" }