/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Readonly1Inputs */

const en_personality_readonly1 = /** @type {(inputs: Personality_Readonly1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read-only mailbox (POP1/POP2)`)
};

const es_personality_readonly1 = /** @type {(inputs: Personality_Readonly1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Buzón de solo lectura (POP1/POP2)`)
};

const de_personality_readonly1 = /** @type {(inputs: Personality_Readonly1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nur lesbares Postfach (POP1/POP2)`)
};

/**
* | output |
* | --- |
* | "Read-only mailbox (POP1/POP2)" |
*
* @param {Personality_Readonly1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_readonly1 = /** @type {((inputs?: Personality_Readonly1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Readonly1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_readonly1(inputs)
	if (locale === "de") return de_personality_readonly1(inputs)
	return en_personality_readonly1(inputs)
});
export { personality_readonly1 as "personality_readOnly" }