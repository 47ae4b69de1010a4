/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_RfcInputs */

const en_personality_rfc = /** @type {(inputs: Personality_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-conformant`)
};

const es_personality_rfc = /** @type {(inputs: Personality_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Conforme a la RFC`)
};

const de_personality_rfc = /** @type {(inputs: Personality_RfcInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC-konform`)
};

/**
* | output |
* | --- |
* | "RFC-conformant" |
*
* @param {Personality_RfcInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const personality_rfc = /** @type {((inputs?: Personality_RfcInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_RfcInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_rfc(inputs)
	if (locale === "de") return de_personality_rfc(inputs)
	return en_personality_rfc(inputs)
});