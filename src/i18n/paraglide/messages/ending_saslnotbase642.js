/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Saslnotbase642Inputs */

const en_ending_saslnotbase642 = /** @type {(inputs: Ending_Saslnotbase642Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the CRAM-MD5 challenge is not base64`)
};

const es_ending_saslnotbase642 = /** @type {(inputs: Ending_Saslnotbase642Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el desafío de CRAM-MD5 no está en base64`)
};

const de_ending_saslnotbase642 = /** @type {(inputs: Ending_Saslnotbase642Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`die CRAM-MD5-Challenge ist nicht in Base64`)
};

/**
* | output |
* | --- |
* | "the CRAM-MD5 challenge is not base64" |
*
* @param {Ending_Saslnotbase642Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_saslnotbase642 = /** @type {((inputs?: Ending_Saslnotbase642Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Saslnotbase642Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_saslnotbase642(inputs)
	if (locale === "de") return de_ending_saslnotbase642(inputs)
	return en_ending_saslnotbase642(inputs)
});
export { ending_saslnotbase642 as "ending_saslNotBase64" }