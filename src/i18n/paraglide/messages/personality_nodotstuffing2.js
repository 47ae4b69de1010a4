/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Nodotstuffing2Inputs */

const en_personality_nodotstuffing2 = /** @type {(inputs: Personality_Nodotstuffing2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No dot-stuffing (non-conformant)`)
};

const es_personality_nodotstuffing2 = /** @type {(inputs: Personality_Nodotstuffing2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin relleno de puntos (no conforme)`)
};

const de_personality_nodotstuffing2 = /** @type {(inputs: Personality_Nodotstuffing2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ohne Punkt-Verdopplung (nicht konform)`)
};

/**
* | output |
* | --- |
* | "No dot-stuffing (non-conformant)" |
*
* @param {Personality_Nodotstuffing2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_nodotstuffing2 = /** @type {((inputs?: Personality_Nodotstuffing2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Nodotstuffing2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_nodotstuffing2(inputs)
	if (locale === "de") return de_personality_nodotstuffing2(inputs)
	return en_personality_nodotstuffing2(inputs)
});
export { personality_nodotstuffing2 as "personality_noDotStuffing" }