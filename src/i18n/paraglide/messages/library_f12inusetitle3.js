/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F12inusetitle3Inputs */

const en_library_f12inusetitle3 = /** @type {(inputs: Library_F12inusetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: a second device logs in while the first holds the lock`)
};

const es_library_f12inusetitle3 = /** @type {(inputs: Library_F12inusetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: un segundo dispositivo inicia sesión mientras el primero tiene el bloqueo`)
};

const de_library_f12inusetitle3 = /** @type {(inputs: Library_F12inusetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: Ein zweites Gerät meldet sich an, während das erste die Sperre hält`)
};

/**
* | output |
* | --- |
* | "F12: a second device logs in while the first holds the lock" |
*
* @param {Library_F12inusetitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f12inusetitle3 = /** @type {((inputs?: Library_F12inusetitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F12inusetitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f12inusetitle3(inputs)
	if (locale === "de") return de_library_f12inusetitle3(inputs)
	return en_library_f12inusetitle3(inputs)
});
export { library_f12inusetitle3 as "library_f12InUseTitle" }