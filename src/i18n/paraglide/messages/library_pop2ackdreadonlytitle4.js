/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2ackdreadonlytitle4Inputs */

const en_library_pop2ackdreadonlytitle4 = /** @type {(inputs: Library_Pop2ackdreadonlytitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F21: ACKD on a server without write access`)
};

const es_library_pop2ackdreadonlytitle4 = /** @type {(inputs: Library_Pop2ackdreadonlytitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F21: ACKD en un servidor sin permiso de escritura`)
};

const de_library_pop2ackdreadonlytitle4 = /** @type {(inputs: Library_Pop2ackdreadonlytitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F21: ACKD auf einem Server ohne Schreibrecht`)
};

/**
* | output |
* | --- |
* | "POP2 F21: ACKD on a server without write access" |
*
* @param {Library_Pop2ackdreadonlytitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2ackdreadonlytitle4 = /** @type {((inputs?: Library_Pop2ackdreadonlytitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2ackdreadonlytitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2ackdreadonlytitle4(inputs)
	if (locale === "de") return de_library_pop2ackdreadonlytitle4(inputs)
	return en_library_pop2ackdreadonlytitle4(inputs)
});
export { library_pop2ackdreadonlytitle4 as "library_pop2AckdReadOnlyTitle" }