/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Uidsreassigned1Inputs */

const en_personality_uidsreassigned1 = /** @type {(inputs: Personality_Uidsreassigned1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UIDs reassigned each session (non-conformant)`)
};

const es_personality_uidsreassigned1 = /** @type {(inputs: Personality_Uidsreassigned1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`UID nuevos en cada sesión (no conforme)`)
};

const de_personality_uidsreassigned1 = /** @type {(inputs: Personality_Uidsreassigned1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Neue UIDs in jeder Sitzung (nicht konform)`)
};

/**
* | output |
* | --- |
* | "UIDs reassigned each session (non-conformant)" |
*
* @param {Personality_Uidsreassigned1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_uidsreassigned1 = /** @type {((inputs?: Personality_Uidsreassigned1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Uidsreassigned1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_uidsreassigned1(inputs)
	if (locale === "de") return de_personality_uidsreassigned1(inputs)
	return en_personality_uidsreassigned1(inputs)
});
export { personality_uidsreassigned1 as "personality_uidsReassigned" }