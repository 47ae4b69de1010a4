/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F15clientwithoutuidltitle4Inputs */

const en_library_f15clientwithoutuidltitle4 = /** @type {(inputs: Library_F15clientwithoutuidltitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: leave on server with a client that never asks UIDL`)
};

const es_library_f15clientwithoutuidltitle4 = /** @type {(inputs: Library_F15clientwithoutuidltitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: dejar en el servidor con un cliente que nunca pide UIDL`)
};

const de_library_f15clientwithoutuidltitle4 = /** @type {(inputs: Library_F15clientwithoutuidltitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F15: auf dem Server lassen mit einem Client, der nie nach UIDL fragt`)
};

/**
* | output |
* | --- |
* | "F15: leave on server with a client that never asks UIDL" |
*
* @param {Library_F15clientwithoutuidltitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f15clientwithoutuidltitle4 = /** @type {((inputs?: Library_F15clientwithoutuidltitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F15clientwithoutuidltitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f15clientwithoutuidltitle4(inputs)
	if (locale === "de") return de_library_f15clientwithoutuidltitle4(inputs)
	return en_library_f15clientwithoutuidltitle4(inputs)
});
export { library_f15clientwithoutuidltitle4 as "library_f15ClientWithoutUidlTitle" }