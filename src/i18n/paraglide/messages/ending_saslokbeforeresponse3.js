/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Saslokbeforeresponse3Inputs */

const en_ending_saslokbeforeresponse3 = /** @type {(inputs: Ending_Saslokbeforeresponse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+OK before the CRAM-MD5 response`)
};

const es_ending_saslokbeforeresponse3 = /** @type {(inputs: Ending_Saslokbeforeresponse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+OK antes de la respuesta de CRAM-MD5`)
};

const de_ending_saslokbeforeresponse3 = /** @type {(inputs: Ending_Saslokbeforeresponse3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`+OK vor der CRAM-MD5-Antwort`)
};

/**
* | output |
* | --- |
* | "+OK before the CRAM-MD5 response" |
*
* @param {Ending_Saslokbeforeresponse3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_saslokbeforeresponse3 = /** @type {((inputs?: Ending_Saslokbeforeresponse3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Saslokbeforeresponse3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_saslokbeforeresponse3(inputs)
	if (locale === "de") return de_ending_saslokbeforeresponse3(inputs)
	return en_ending_saslokbeforeresponse3(inputs)
});
export { ending_saslokbeforeresponse3 as "ending_saslOkBeforeResponse" }