/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Crashappbeforequittitle4Inputs */

const en_library_crashappbeforequittitle4 = /** @type {(inputs: Library_Crashappbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The mail app crashes before QUIT; the laptop polls a minute later`)
};

const es_library_crashappbeforequittitle4 = /** @type {(inputs: Library_Crashappbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El programa de correo se cuelga antes de QUIT; el portátil consulta un minuto después`)
};

const de_library_crashappbeforequittitle4 = /** @type {(inputs: Library_Crashappbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Das Mailprogramm stürzt vor QUIT ab; der Laptop ruft eine Minute später ab`)
};

/**
* | output |
* | --- |
* | "The mail app crashes before QUIT; the laptop polls a minute later" |
*
* @param {Library_Crashappbeforequittitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_crashappbeforequittitle4 = /** @type {((inputs?: Library_Crashappbeforequittitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Crashappbeforequittitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_crashappbeforequittitle4(inputs)
	if (locale === "de") return de_library_crashappbeforequittitle4(inputs)
	return en_library_crashappbeforequittitle4(inputs)
});
export { library_crashappbeforequittitle4 as "library_crashAppBeforeQuitTitle" }