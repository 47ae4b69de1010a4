/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropafterackduwtitle5Inputs */

const en_library_pop2dropafterackduwtitle5 = /** @type {(inputs: Library_Pop2dropafterackduwtitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: the same reset on a server that commits on release (UW ipop2d)`)
};

const es_library_pop2dropafterackduwtitle5 = /** @type {(inputs: Library_Pop2dropafterackduwtitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: el mismo reinicio en un servidor que confirma al liberar (UW ipop2d)`)
};

const de_library_pop2dropafterackduwtitle5 = /** @type {(inputs: Library_Pop2dropafterackduwtitle5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F3: dasselbe Zurücksetzen auf einem Server, der beim Freigeben festschreibt (UW ipop2d)`)
};

/**
* | output |
* | --- |
* | "POP2 F3: the same reset on a server that commits on release (UW ipop2d)" |
*
* @param {Library_Pop2dropafterackduwtitle5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropafterackduwtitle5 = /** @type {((inputs?: Library_Pop2dropafterackduwtitle5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropafterackduwtitle5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropafterackduwtitle5(inputs)
	if (locale === "de") return de_library_pop2dropafterackduwtitle5(inputs)
	return en_library_pop2dropafterackduwtitle5(inputs)
});
export { library_pop2dropafterackduwtitle5 as "library_pop2DropAfterAckdUwTitle" }