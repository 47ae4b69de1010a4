/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequittitle4Inputs */

const en_library_f3dropbeforequittitle4 = /** @type {(inputs: Library_F3dropbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: the connection is reset after every DELE, before QUIT`)
};

const es_library_f3dropbeforequittitle4 = /** @type {(inputs: Library_F3dropbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: la conexión se reinicia tras todos los DELE, antes de QUIT`)
};

const de_library_f3dropbeforequittitle4 = /** @type {(inputs: Library_F3dropbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: Die Verbindung wird nach jedem DELE zurückgesetzt, vor QUIT`)
};

/**
* | output |
* | --- |
* | "F3: the connection is reset after every DELE, before QUIT" |
*
* @param {Library_F3dropbeforequittitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequittitle4 = /** @type {((inputs?: Library_F3dropbeforequittitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequittitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequittitle4(inputs)
	if (locale === "de") return de_library_f3dropbeforequittitle4(inputs)
	return en_library_f3dropbeforequittitle4(inputs)
});
export { library_f3dropbeforequittitle4 as "library_f3DropBeforeQuitTitle" }