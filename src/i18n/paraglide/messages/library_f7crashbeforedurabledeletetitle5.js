/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F7crashbeforedurabledeletetitle5Inputs */

const en_library_f7crashbeforedurabledeletetitle5 = /** @type {(inputs: Library_F7crashbeforedurabledeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: the laptop loses power after QUIT, before its copies are on disk`)
};

const es_library_f7crashbeforedurabledeletetitle5 = /** @type {(inputs: Library_F7crashbeforedurabledeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: el portátil se queda sin corriente tras QUIT, antes de que sus copias estén en disco`)
};

const de_library_f7crashbeforedurabledeletetitle5 = /** @type {(inputs: Library_F7crashbeforedurabledeletetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F7: Der Laptop verliert nach QUIT den Strom, bevor seine Kopien auf der Festplatte sind`)
};

/**
* | output |
* | --- |
* | "F7: the laptop loses power after QUIT, before its copies are on disk" |
*
* @param {Library_F7crashbeforedurabledeletetitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f7crashbeforedurabledeletetitle5 = /** @type {((inputs?: Library_F7crashbeforedurabledeletetitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F7crashbeforedurabledeletetitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f7crashbeforedurabledeletetitle5(inputs)
	if (locale === "de") return de_library_f7crashbeforedurabledeletetitle5(inputs)
	return en_library_f7crashbeforedurabledeletetitle5(inputs)
});
export { library_f7crashbeforedurabledeletetitle5 as "library_f7CrashBeforeDurableDeleteTitle" }