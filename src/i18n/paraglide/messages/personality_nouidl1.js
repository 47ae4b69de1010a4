/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Nouidl1Inputs */

const en_personality_nouidl1 = /** @type {(inputs: Personality_Nouidl1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No UIDL`)
};

const es_personality_nouidl1 = /** @type {(inputs: Personality_Nouidl1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin UIDL`)
};

const de_personality_nouidl1 = /** @type {(inputs: Personality_Nouidl1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne UIDL`)
};

/**
* | output |
* | --- |
* | "No UIDL" |
*
* @param {Personality_Nouidl1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_nouidl1 = /** @type {((inputs?: Personality_Nouidl1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Nouidl1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_nouidl1(inputs)
	if (locale === "de") return de_personality_nouidl1(inputs)
	return en_personality_nouidl1(inputs)
});
export { personality_nouidl1 as "personality_noUidl" }