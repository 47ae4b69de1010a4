/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequitexpungetitle5Inputs */

const en_library_f3dropbeforequitexpungetitle5 = /** @type {(inputs: Library_F3dropbeforequitexpungetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3 on a non-conformant server that expunges on DELE`)
};

const es_library_f3dropbeforequitexpungetitle5 = /** @type {(inputs: Library_F3dropbeforequitexpungetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3 en un servidor no conforme que borra en DELE`)
};

const de_library_f3dropbeforequitexpungetitle5 = /** @type {(inputs: Library_F3dropbeforequitexpungetitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3 auf einem nicht konformen Server, der bei DELE sofort löscht`)
};

/**
* | output |
* | --- |
* | "F3 on a non-conformant server that expunges on DELE" |
*
* @param {Library_F3dropbeforequitexpungetitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequitexpungetitle5 = /** @type {((inputs?: Library_F3dropbeforequitexpungetitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequitexpungetitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequitexpungetitle5(inputs)
	if (locale === "de") return de_library_f3dropbeforequitexpungetitle5(inputs)
	return en_library_f3dropbeforequitexpungetitle5(inputs)
});
export { library_f3dropbeforequitexpungetitle5 as "library_f3DropBeforeQuitExpungeTitle" }