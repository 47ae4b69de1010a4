/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F20logindelaytitle3Inputs */

const en_library_f20logindelaytitle3 = /** @type {(inputs: Library_F20logindelaytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F20: polling faster than LOGIN-DELAY`)
};

const es_library_f20logindelaytitle3 = /** @type {(inputs: Library_F20logindelaytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F20: consultar más a menudo de lo que permite LOGIN-DELAY`)
};

const de_library_f20logindelaytitle3 = /** @type {(inputs: Library_F20logindelaytitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F20: öfter abrufen, als LOGIN-DELAY erlaubt`)
};

/**
* | output |
* | --- |
* | "F20: polling faster than LOGIN-DELAY" |
*
* @param {Library_F20logindelaytitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f20logindelaytitle3 = /** @type {((inputs?: Library_F20logindelaytitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F20logindelaytitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f20logindelaytitle3(inputs)
	if (locale === "de") return de_library_f20logindelaytitle3(inputs)
	return en_library_f20logindelaytitle3(inputs)
});
export { library_f20logindelaytitle3 as "library_f20LoginDelayTitle" }