/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F10twodevicesdeletetitle4Inputs */

const en_library_f10twodevicesdeletetitle4 = /** @type {(inputs: Library_F10twodevicesdeletetitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10: two devices, both set to delete on download`)
};

const es_library_f10twodevicesdeletetitle4 = /** @type {(inputs: Library_F10twodevicesdeletetitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10: dos dispositivos, los dos con borrar al descargar`)
};

const de_library_f10twodevicesdeletetitle4 = /** @type {(inputs: Library_F10twodevicesdeletetitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10: zwei Geräte, beide auf „beim Abrufen löschen“`)
};

/**
* | output |
* | --- |
* | "F10: two devices, both set to delete on download" |
*
* @param {Library_F10twodevicesdeletetitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f10twodevicesdeletetitle4 = /** @type {((inputs?: Library_F10twodevicesdeletetitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F10twodevicesdeletetitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f10twodevicesdeletetitle4(inputs)
	if (locale === "de") return de_library_f10twodevicesdeletetitle4(inputs)
	return en_library_f10twodevicesdeletetitle4(inputs)
});
export { library_f10twodevicesdeletetitle4 as "library_f10TwoDevicesDeleteTitle" }