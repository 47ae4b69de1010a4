/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Firstsessionkeeptitle3Inputs */

const en_library_firstsessionkeeptitle3 = /** @type {(inputs: Library_Firstsessionkeeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`First session: leave mail on the server`)
};

const es_library_firstsessionkeeptitle3 = /** @type {(inputs: Library_Firstsessionkeeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Primera sesión: dejar el correo en el servidor`)
};

const de_library_firstsessionkeeptitle3 = /** @type {(inputs: Library_Firstsessionkeeptitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erste Sitzung: Mail auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "First session: leave mail on the server" |
*
* @param {Library_Firstsessionkeeptitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_firstsessionkeeptitle3 = /** @type {((inputs?: Library_Firstsessionkeeptitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Firstsessionkeeptitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_firstsessionkeeptitle3(inputs)
	if (locale === "de") return de_library_firstsessionkeeptitle3(inputs)
	return en_library_firstsessionkeeptitle3(inputs)
});
export { library_firstsessionkeeptitle3 as "library_firstSessionKeepTitle" }