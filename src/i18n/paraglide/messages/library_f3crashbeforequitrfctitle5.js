/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3crashbeforequitrfctitle5Inputs */

const en_library_f3crashbeforequitrfctitle5 = /** @type {(inputs: Library_F3crashbeforequitrfctitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: the mail app crashes before QUIT, on a conformant server`)
};

const es_library_f3crashbeforequitrfctitle5 = /** @type {(inputs: Library_F3crashbeforequitrfctitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: el programa de correo se cuelga antes de QUIT, en un servidor conforme`)
};

const de_library_f3crashbeforequitrfctitle5 = /** @type {(inputs: Library_F3crashbeforequitrfctitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F3: Das Mailprogramm stürzt vor QUIT ab, auf einem konformen Server`)
};

/**
* | output |
* | --- |
* | "F3: the mail app crashes before QUIT, on a conformant server" |
*
* @param {Library_F3crashbeforequitrfctitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3crashbeforequitrfctitle5 = /** @type {((inputs?: Library_F3crashbeforequitrfctitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3crashbeforequitrfctitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3crashbeforequitrfctitle5(inputs)
	if (locale === "de") return de_library_f3crashbeforequitrfctitle5(inputs)
	return en_library_f3crashbeforequitrfctitle5(inputs)
});
export { library_f3crashbeforequitrfctitle5 as "library_f3CrashBeforeQuitRfcTitle" }