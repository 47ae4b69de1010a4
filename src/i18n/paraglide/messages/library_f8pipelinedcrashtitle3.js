/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F8pipelinedcrashtitle3Inputs */

const en_library_f8pipelinedcrashtitle3 = /** @type {(inputs: Library_F8pipelinedcrashtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F8: pipelined RETR and DELE, then a power loss`)
};

const es_library_f8pipelinedcrashtitle3 = /** @type {(inputs: Library_F8pipelinedcrashtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F8: RETR y DELE encadenados, y luego un corte de corriente`)
};

const de_library_f8pipelinedcrashtitle3 = /** @type {(inputs: Library_F8pipelinedcrashtitle3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`F8: RETR und DELE in einem Zug, dann ein Stromausfall`)
};

/**
* | output |
* | --- |
* | "F8: pipelined RETR and DELE, then a power loss" |
*
* @param {Library_F8pipelinedcrashtitle3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f8pipelinedcrashtitle3 = /** @type {((inputs?: Library_F8pipelinedcrashtitle3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F8pipelinedcrashtitle3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f8pipelinedcrashtitle3(inputs)
	if (locale === "de") return de_library_f8pipelinedcrashtitle3(inputs)
	return en_library_f8pipelinedcrashtitle3(inputs)
});
export { library_f8pipelinedcrashtitle3 as "library_f8PipelinedCrashTitle" }