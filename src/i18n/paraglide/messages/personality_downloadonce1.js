/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Downloadonce1Inputs */

const en_personality_downloadonce1 = /** @type {(inputs: Personality_Downloadonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Download once (EXPIRE 0)`)
};

const es_personality_downloadonce1 = /** @type {(inputs: Personality_Downloadonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Descarga única (EXPIRE 0)`)
};

const de_personality_downloadonce1 = /** @type {(inputs: Personality_Downloadonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur einmal abrufbar (EXPIRE 0)`)
};

/**
* | output |
* | --- |
* | "Download once (EXPIRE 0)" |
*
* @param {Personality_Downloadonce1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_downloadonce1 = /** @type {((inputs?: Personality_Downloadonce1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Downloadonce1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_downloadonce1(inputs)
	if (locale === "de") return de_personality_downloadonce1(inputs)
	return en_personality_downloadonce1(inputs)
});
export { personality_downloadonce1 as "personality_downloadOnce" }