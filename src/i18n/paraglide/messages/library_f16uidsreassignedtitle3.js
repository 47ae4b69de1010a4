/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F16uidsreassignedtitle3Inputs */

const en_library_f16uidsreassignedtitle3 = /** @type {(inputs: Library_F16uidsreassignedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F16: the server reassigns its UIDs (migration, index rebuild)`)
};

const es_library_f16uidsreassignedtitle3 = /** @type {(inputs: Library_F16uidsreassignedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F16: el servidor reasigna sus UID (migración, índice reconstruido)`)
};

const de_library_f16uidsreassignedtitle3 = /** @type {(inputs: Library_F16uidsreassignedtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F16: Der Server vergibt seine UIDs neu (Umzug, neu aufgebauter Index)`)
};

/**
* | output |
* | --- |
* | "F16: the server reassigns its UIDs (migration, index rebuild)" |
*
* @param {Library_F16uidsreassignedtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f16uidsreassignedtitle3 = /** @type {((inputs?: Library_F16uidsreassignedtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F16uidsreassignedtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f16uidsreassignedtitle3(inputs)
	if (locale === "de") return de_library_f16uidsreassignedtitle3(inputs)
	return en_library_f16uidsreassignedtitle3(inputs)
});
export { library_f16uidsreassignedtitle3 as "library_f16UidsReassignedTitle" }