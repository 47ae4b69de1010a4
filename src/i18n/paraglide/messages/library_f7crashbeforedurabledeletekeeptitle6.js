/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F7crashbeforedurabledeletekeeptitle6Inputs */

const en_library_f7crashbeforedurabledeletekeeptitle6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeeptitle6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: a power loss after QUIT, before the copies are on disk (leave on server, unsafe order)`)
};

const es_library_f7crashbeforedurabledeletekeeptitle6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeeptitle6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: un corte de corriente tras QUIT, antes de que las copias estén en disco (dejar en el servidor, orden inseguro)`)
};

const de_library_f7crashbeforedurabledeletekeeptitle6 = /** @type {(inputs: Library_F7crashbeforedurabledeletekeeptitle6Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: Stromausfall nach QUIT, bevor die Kopien auf der Festplatte sind (auf dem Server lassen, unsichere Reihenfolge)`)
};

/**
* | output |
* | --- |
* | "F7: a power loss after QUIT, before the copies are on disk (leave on server, unsafe order)" |
*
* @param {Library_F7crashbeforedurabledeletekeeptitle6Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f7crashbeforedurabledeletekeeptitle6 = /** @type {((inputs?: Library_F7crashbeforedurabledeletekeeptitle6Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F7crashbeforedurabledeletekeeptitle6Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f7crashbeforedurabledeletekeeptitle6(inputs)
	if (locale === "de") return de_library_f7crashbeforedurabledeletekeeptitle6(inputs)
	return en_library_f7crashbeforedurabledeletekeeptitle6(inputs)
});
export { library_f7crashbeforedurabledeletekeeptitle6 as "library_f7CrashBeforeDurableDeleteKeepTitle" }