/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F11deletedheretitle3Inputs */

const en_library_f11deletedheretitle3 = /** @type {(inputs: Library_F11deletedheretitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thunderbird: "delete from the server when I delete it here"`)
};

const es_library_f11deletedheretitle3 = /** @type {(inputs: Library_F11deletedheretitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thunderbird: «borrar del servidor cuando lo borro aquí»`)
};

const de_library_f11deletedheretitle3 = /** @type {(inputs: Library_F11deletedheretitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thunderbird: „vom Server löschen, wenn ich es hier lösche“`)
};

/**
* | output |
* | --- |
* | "Thunderbird: \"delete from the server when I delete it here\"" |
*
* @param {Library_F11deletedheretitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f11deletedheretitle3 = /** @type {((inputs?: Library_F11deletedheretitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F11deletedheretitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f11deletedheretitle3(inputs)
	if (locale === "de") return de_library_f11deletedheretitle3(inputs)
	return en_library_f11deletedheretitle3(inputs)
});
export { library_f11deletedheretitle3 as "library_f11DeletedHereTitle" }