/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Expungeondele2Inputs */

const en_personality_expungeondele2 = /** @type {(inputs: Personality_Expungeondele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expunge on DELE (non-conformant)`)
};

const es_personality_expungeondele2 = /** @type {(inputs: Personality_Expungeondele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Borra en DELE (no conforme)`)
};

const de_personality_expungeondele2 = /** @type {(inputs: Personality_Expungeondele2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löscht sofort bei DELE (nicht konform)`)
};

/**
* | output |
* | --- |
* | "Expunge on DELE (non-conformant)" |
*
* @param {Personality_Expungeondele2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_expungeondele2 = /** @type {((inputs?: Personality_Expungeondele2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Expungeondele2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_expungeondele2(inputs)
	if (locale === "de") return de_personality_expungeondele2(inputs)
	return en_personality_expungeondele2(inputs)
});
export { personality_expungeondele2 as "personality_expungeOnDele" }