/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2ackdsessiontitle3Inputs */

const en_library_pop2ackdsessiontitle3 = /** @type {(inputs: Library_Pop2ackdsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: a normal session with ACKD`)
};

const es_library_pop2ackdsessiontitle3 = /** @type {(inputs: Library_Pop2ackdsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: una sesión normal con ACKD`)
};

const de_library_pop2ackdsessiontitle3 = /** @type {(inputs: Library_Pop2ackdsessiontitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2: eine normale Sitzung mit ACKD`)
};

/**
* | output |
* | --- |
* | "POP2: a normal session with ACKD" |
*
* @param {Library_Pop2ackdsessiontitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2ackdsessiontitle3 = /** @type {((inputs?: Library_Pop2ackdsessiontitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2ackdsessiontitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2ackdsessiontitle3(inputs)
	if (locale === "de") return de_library_pop2ackdsessiontitle3(inputs)
	return en_library_pop2ackdsessiontitle3(inputs)
});
export { library_pop2ackdsessiontitle3 as "library_pop2AckdSessionTitle" }