/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Updatefails1Inputs */

const en_personality_updatefails1 = /** @type {(inputs: Personality_Updatefails1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE partly fails`)
};

const es_personality_updatefails1 = /** @type {(inputs: Personality_Updatefails1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE falla en parte`)
};

const de_personality_updatefails1 = /** @type {(inputs: Personality_Updatefails1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UPDATE schlägt teilweise fehl`)
};

/**
* | output |
* | --- |
* | "UPDATE partly fails" |
*
* @param {Personality_Updatefails1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_updatefails1 = /** @type {((inputs?: Personality_Updatefails1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Updatefails1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_updatefails1(inputs)
	if (locale === "de") return de_personality_updatefails1(inputs)
	return en_personality_updatefails1(inputs)
});
export { personality_updatefails1 as "personality_updateFails" }