/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop1crashbeforedurabletitle4Inputs */

const en_library_pop1crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop1crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F7: RCVD before the block is durable, then a power loss`)
};

const es_library_pop1crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop1crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F7: RCVD antes de que el bloque esté en disco, y luego un corte de corriente`)
};

const de_library_pop1crashbeforedurabletitle4 = /** @type {(inputs: Library_Pop1crashbeforedurabletitle4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP1 F7: RCVD, bevor der Block dauerhaft ist, dann ein Stromausfall`)
};

/**
* | output |
* | --- |
* | "POP1 F7: RCVD before the block is durable, then a power loss" |
*
* @param {Library_Pop1crashbeforedurabletitle4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop1crashbeforedurabletitle4 = /** @type {((inputs?: Library_Pop1crashbeforedurabletitle4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop1crashbeforedurabletitle4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop1crashbeforedurabletitle4(inputs)
	if (locale === "de") return de_library_pop1crashbeforedurabletitle4(inputs)
	return en_library_pop1crashbeforedurabletitle4(inputs)
});
export { library_pop1crashbeforedurabletitle4 as "library_pop1CrashBeforeDurableTitle" }