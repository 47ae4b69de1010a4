/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F4quitlosttitle3Inputs */

const en_library_f4quitlosttitle3 = /** @type {(inputs: Library_F4quitlosttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F4: the connection goes silent just as QUIT is sent`)
};

const es_library_f4quitlosttitle3 = /** @type {(inputs: Library_F4quitlosttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F4: la conexión enmudece justo cuando se envía QUIT`)
};

const de_library_f4quitlosttitle3 = /** @type {(inputs: Library_F4quitlosttitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F4: Die Verbindung verstummt genau, als QUIT gesendet wird`)
};

/**
* | output |
* | --- |
* | "F4: the connection goes silent just as QUIT is sent" |
*
* @param {Library_F4quitlosttitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f4quitlosttitle3 = /** @type {((inputs?: Library_F4quitlosttitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F4quitlosttitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f4quitlosttitle3(inputs)
	if (locale === "de") return de_library_f4quitlosttitle3(inputs)
	return en_library_f4quitlosttitle3(inputs)
});
export { library_f4quitlosttitle3 as "library_f4QuitLostTitle" }