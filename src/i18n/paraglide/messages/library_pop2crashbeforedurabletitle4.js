/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2crashbeforedurabletitle4Inputs */

const en_library_pop2crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop2crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F7: ACKD before the copy is durable, then a power loss`)
};

const es_library_pop2crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop2crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F7: ACKD antes de que la copia esté en disco, y luego un corte de corriente`)
};

const de_library_pop2crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop2crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP2 F7: ACKD, bevor die Kopie dauerhaft ist, dann ein Stromausfall`)
};

/**
* | output |
* | --- |
* | "POP2 F7: ACKD before the copy is durable, then a power loss" |
*
* @param {Library_Pop2crashbeforedurabletitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2crashbeforedurabletitle4 = /** @type {((inputs?: Library_Pop2crashbeforedurabletitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2crashbeforedurabletitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2crashbeforedurabletitle4(inputs)
	if (locale === "de") return de_library_pop2crashbeforedurabletitle4(inputs)
	return en_library_pop2crashbeforedurabletitle4(inputs)
});
export { library_pop2crashbeforedurabletitle4 as "library_pop2CrashBeforeDurableTitle" }