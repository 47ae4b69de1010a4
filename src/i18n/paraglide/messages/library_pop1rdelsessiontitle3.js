/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1rdelsessiontitle3Inputs */

const en_library_pop1rdelsessiontitle3 = /** @type {(inputs: Library_Pop1rdelsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: a normal session with RDEL and RCVD`)
};

const es_library_pop1rdelsessiontitle3 = /** @type {(inputs: Library_Pop1rdelsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: una sesión normal con RDEL y RCVD`)
};

const de_library_pop1rdelsessiontitle3 = /** @type {(inputs: Library_Pop1rdelsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1: eine normale Sitzung mit RDEL und RCVD`)
};

/**
* | output |
* | --- |
* | "POP1: a normal session with RDEL and RCVD" |
*
* @param {Library_Pop1rdelsessiontitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1rdelsessiontitle3 = /** @type {((inputs?: Library_Pop1rdelsessiontitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1rdelsessiontitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1rdelsessiontitle3(inputs)
	if (locale === "de") return de_library_pop1rdelsessiontitle3(inputs)
	return en_library_pop1rdelsessiontitle3(inputs)
});
export { library_pop1rdelsessiontitle3 as "library_pop1RdelSessionTitle" }