/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F9idleautologouttitle3Inputs */

const en_library_f9idleautologouttitle3 = /** @type {(inputs: Library_F9idleautologouttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F9: the client idles past the autologout timer`)
};

const es_library_f9idleautologouttitle3 = /** @type {(inputs: Library_F9idleautologouttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F9: el cliente se queda inactivo más allá del cierre automático`)
};

const de_library_f9idleautologouttitle3 = /** @type {(inputs: Library_F9idleautologouttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F9: Der Client bleibt über den Auto-Logout hinaus untätig`)
};

/**
* | output |
* | --- |
* | "F9: the client idles past the autologout timer" |
*
* @param {Library_F9idleautologouttitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f9idleautologouttitle3 = /** @type {((inputs?: Library_F9idleautologouttitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F9idleautologouttitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f9idleautologouttitle3(inputs)
	if (locale === "de") return de_library_f9idleautologouttitle3(inputs)
	return en_library_f9idleautologouttitle3(inputs)
});
export { library_f9idleautologouttitle3 as "library_f9IdleAutologoutTitle" }