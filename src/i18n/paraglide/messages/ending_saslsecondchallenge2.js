/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Saslsecondchallenge2Inputs */

const en_ending_saslsecondchallenge2 = /** @type {(inputs: Ending_Saslsecondchallenge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a second CRAM-MD5 challenge`)
};

const es_ending_saslsecondchallenge2 = /** @type {(inputs: Ending_Saslsecondchallenge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un segundo desafío de CRAM-MD5`)
};

const de_ending_saslsecondchallenge2 = /** @type {(inputs: Ending_Saslsecondchallenge2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine zweite CRAM-MD5-Challenge`)
};

/**
* | output |
* | --- |
* | "a second CRAM-MD5 challenge" |
*
* @param {Ending_Saslsecondchallenge2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_saslsecondchallenge2 = /** @type {((inputs?: Ending_Saslsecondchallenge2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Saslsecondchallenge2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_saslsecondchallenge2(inputs)
	if (locale === "de") return de_ending_saslsecondchallenge2(inputs)
	return en_ending_saslsecondchallenge2(inputs)
});
export { ending_saslsecondchallenge2 as "ending_saslSecondChallenge" }