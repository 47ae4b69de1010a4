/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F10twodevicesdeletekeeptitle5Inputs */

const en_library_f10twodevicesdeletekeeptitle5 = /** @type {(inputs: Library_F10twodevicesdeletekeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10/F11: two devices, both leaving mail on the server`)
};

const es_library_f10twodevicesdeletekeeptitle5 = /** @type {(inputs: Library_F10twodevicesdeletekeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10/F11: dos dispositivos, los dos dejan el correo en el servidor`)
};

const de_library_f10twodevicesdeletekeeptitle5 = /** @type {(inputs: Library_F10twodevicesdeletekeeptitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F10/F11: zwei Geräte, beide lassen die Mail auf dem Server`)
};

/**
* | output |
* | --- |
* | "F10/F11: two devices, both leaving mail on the server" |
*
* @param {Library_F10twodevicesdeletekeeptitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f10twodevicesdeletekeeptitle5 = /** @type {((inputs?: Library_F10twodevicesdeletekeeptitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F10twodevicesdeletekeeptitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f10twodevicesdeletekeeptitle5(inputs)
	if (locale === "de") return de_library_f10twodevicesdeletekeeptitle5(inputs)
	return en_library_f10twodevicesdeletekeeptitle5(inputs)
});
export { library_f10twodevicesdeletekeeptitle5 as "library_f10TwoDevicesDeleteKeepTitle" }