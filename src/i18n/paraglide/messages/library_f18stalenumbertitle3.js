/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F18stalenumbertitle3Inputs */

const en_library_f18stalenumbertitle3 = /** @type {(inputs: Library_F18stalenumbertitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F18: deleting by a message number from an earlier session`)
};

const es_library_f18stalenumbertitle3 = /** @type {(inputs: Library_F18stalenumbertitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F18: borrar con un número de mensaje de una sesión anterior`)
};

const de_library_f18stalenumbertitle3 = /** @type {(inputs: Library_F18stalenumbertitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F18: Löschen mit einer Nachrichtennummer aus einer früheren Sitzung`)
};

/**
* | output |
* | --- |
* | "F18: deleting by a message number from an earlier session" |
*
* @param {Library_F18stalenumbertitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f18stalenumbertitle3 = /** @type {((inputs?: Library_F18stalenumbertitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F18stalenumbertitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f18stalenumbertitle3(inputs)
	if (locale === "de") return de_library_f18stalenumbertitle3(inputs)
	return en_library_f18stalenumbertitle3(inputs)
});
export { library_f18stalenumbertitle3 as "library_f18StaleNumberTitle" }