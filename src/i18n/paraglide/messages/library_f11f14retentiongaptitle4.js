/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F11f14retentiongaptitle4Inputs */

const en_library_f11f14retentiongaptitle4 = /** @type {(inputs: Library_F11f14retentiongaptitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F11/F14: leave on server, but the server keeps mail only 30 days`)
};

const es_library_f11f14retentiongaptitle4 = /** @type {(inputs: Library_F11f14retentiongaptitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F11/F14: dejar en el servidor, pero el servidor guarda el correo solo 30 días`)
};

const de_library_f11f14retentiongaptitle4 = /** @type {(inputs: Library_F11f14retentiongaptitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F11/F14: auf dem Server lassen, aber der Server behält Mail nur 30 Tage`)
};

/**
* | output |
* | --- |
* | "F11/F14: leave on server, but the server keeps mail only 30 days" |
*
* @param {Library_F11f14retentiongaptitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f11f14retentiongaptitle4 = /** @type {((inputs?: Library_F11f14retentiongaptitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F11f14retentiongaptitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f11f14retentiongaptitle4(inputs)
	if (locale === "de") return de_library_f11f14retentiongaptitle4(inputs)
	return en_library_f11f14retentiongaptitle4(inputs)
});
export { library_f11f14retentiongaptitle4 as "library_f11F14RetentionGapTitle" }