/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Logindelay1Inputs */

const en_personality_logindelay1 = /** @type {(inputs: Personality_Logindelay1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LOGIN-DELAY 300 s`)
};

const es_personality_logindelay1 = /** @type {(inputs: Personality_Logindelay1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LOGIN-DELAY 300 s`)
};

const de_personality_logindelay1 = /** @type {(inputs: Personality_Logindelay1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`LOGIN-DELAY 300 s`)
};

/**
* | output |
* | --- |
* | "LOGIN-DELAY 300 s" |
*
* @param {Personality_Logindelay1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_logindelay1 = /** @type {((inputs?: Personality_Logindelay1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Logindelay1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_logindelay1(inputs)
	if (locale === "de") return de_personality_logindelay1(inputs)
	return en_personality_logindelay1(inputs)
});
export { personality_logindelay1 as "personality_loginDelay" }