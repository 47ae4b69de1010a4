/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Powerlossbeforequittitle4Inputs */

const en_library_powerlossbeforequittitle4 = /** @type {(inputs: Library_Powerlossbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The laptop loses power before QUIT; it polls a minute later`)
};

const es_library_powerlossbeforequittitle4 = /** @type {(inputs: Library_Powerlossbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El portátil se queda sin corriente antes de QUIT; consulta un minuto después`)
};

const de_library_powerlossbeforequittitle4 = /** @type {(inputs: Library_Powerlossbeforequittitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Laptop verliert vor QUIT den Strom; er ruft eine Minute später ab`)
};

/**
* | output |
* | --- |
* | "The laptop loses power before QUIT; it polls a minute later" |
*
* @param {Library_Powerlossbeforequittitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_powerlossbeforequittitle4 = /** @type {((inputs?: Library_Powerlossbeforequittitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Powerlossbeforequittitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_powerlossbeforequittitle4(inputs)
	if (locale === "de") return de_library_powerlossbeforequittitle4(inputs)
	return en_library_powerlossbeforequittitle4(inputs)
});
export { library_powerlossbeforequittitle4 as "library_powerLossBeforeQuitTitle" }