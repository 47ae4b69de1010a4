/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Firstsessiontitle2Inputs */

const en_library_firstsessiontitle2 = /** @type {(inputs: Library_Firstsessiontitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First session: download and delete`)
};

const es_library_firstsessiontitle2 = /** @type {(inputs: Library_Firstsessiontitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Primera sesión: descargar y borrar`)
};

const de_library_firstsessiontitle2 = /** @type {(inputs: Library_Firstsessiontitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erste Sitzung: abrufen und löschen`)
};

/**
* | output |
* | --- |
* | "First session: download and delete" |
*
* @param {Library_Firstsessiontitle2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_firstsessiontitle2 = /** @type {((inputs?: Library_Firstsessiontitle2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Firstsessiontitle2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_firstsessiontitle2(inputs)
	if (locale === "de") return de_library_firstsessiontitle2(inputs)
	return en_library_firstsessiontitle2(inputs)
});
export { library_firstsessiontitle2 as "library_firstSessionTitle" }