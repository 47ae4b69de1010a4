/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Servercrashdowntimetitle3Inputs */

const en_library_servercrashdowntimetitle3 = /** @type {(inputs: Library_Servercrashdowntimetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server crashes before QUIT and is down for two minutes`)
};

const es_library_servercrashdowntimetitle3 = /** @type {(inputs: Library_Servercrashdowntimetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor se cae antes de QUIT y está parado dos minutos`)
};

const de_library_servercrashdowntimetitle3 = /** @type {(inputs: Library_Servercrashdowntimetitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server stürzt vor QUIT ab und ist zwei Minuten lang weg`)
};

/**
* | output |
* | --- |
* | "The server crashes before QUIT and is down for two minutes" |
*
* @param {Library_Servercrashdowntimetitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_servercrashdowntimetitle3 = /** @type {((inputs?: Library_Servercrashdowntimetitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Servercrashdowntimetitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_servercrashdowntimetitle3(inputs)
	if (locale === "de") return de_library_servercrashdowntimetitle3(inputs)
	return en_library_servercrashdowntimetitle3(inputs)
});
export { library_servercrashdowntimetitle3 as "library_serverCrashDowntimeTitle" }