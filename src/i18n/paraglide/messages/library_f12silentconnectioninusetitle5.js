/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F12silentconnectioninusetitle5Inputs */

const en_library_f12silentconnectioninusetitle5 = /** @type {(inputs: Library_F12silentconnectioninusetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: the connection goes silent mid-session; the laptop keeps polling`)
};

const es_library_f12silentconnectioninusetitle5 = /** @type {(inputs: Library_F12silentconnectioninusetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: la conexión enmudece a mitad de sesión; el portátil sigue consultando`)
};

const de_library_f12silentconnectioninusetitle5 = /** @type {(inputs: Library_F12silentconnectioninusetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F12: Die Verbindung verstummt mitten in der Sitzung; der Laptop ruft weiter ab`)
};

/**
* | output |
* | --- |
* | "F12: the connection goes silent mid-session; the laptop keeps polling" |
*
* @param {Library_F12silentconnectioninusetitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f12silentconnectioninusetitle5 = /** @type {((inputs?: Library_F12silentconnectioninusetitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F12silentconnectioninusetitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f12silentconnectioninusetitle5(inputs)
	if (locale === "de") return de_library_f12silentconnectioninusetitle5(inputs)
	return en_library_f12silentconnectioninusetitle5(inputs)
});
export { library_f12silentconnectioninusetitle5 as "library_f12SilentConnectionInUseTitle" }