/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F13expire0keeptitle3Inputs */

const en_library_f13expire0keeptitle3 = /** @type {(inputs: Library_F13expire0keeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F13: a download-once server (EXPIRE 0) and clients set to keep`)
};

const es_library_f13expire0keeptitle3 = /** @type {(inputs: Library_F13expire0keeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F13: un servidor de descarga única (EXPIRE 0) y clientes que quieren conservar`)
};

const de_library_f13expire0keeptitle3 = /** @type {(inputs: Library_F13expire0keeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F13: ein Server „nur einmal abrufbar“ (EXPIRE 0) und Clients, die behalten wollen`)
};

/**
* | output |
* | --- |
* | "F13: a download-once server (EXPIRE 0) and clients set to keep" |
*
* @param {Library_F13expire0keeptitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f13expire0keeptitle3 = /** @type {((inputs?: Library_F13expire0keeptitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F13expire0keeptitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f13expire0keeptitle3(inputs)
	if (locale === "de") return de_library_f13expire0keeptitle3(inputs)
	return en_library_f13expire0keeptitle3(inputs)
});
export { library_f13expire0keeptitle3 as "library_f13Expire0KeepTitle" }