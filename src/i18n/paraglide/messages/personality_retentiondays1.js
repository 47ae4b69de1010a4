/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Personality_Retentiondays1Inputs */

const en_personality_retentiondays1 = /** @type {(inputs: Personality_Retentiondays1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keeps mail 30 days`)
};

const es_personality_retentiondays1 = /** @type {(inputs: Personality_Retentiondays1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guarda el correo 30 días`)
};

const de_personality_retentiondays1 = /** @type {(inputs: Personality_Retentiondays1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Behält Mail 30 Tage`)
};

/**
* | output |
* | --- |
* | "Keeps mail 30 days" |
*
* @param {Personality_Retentiondays1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const personality_retentiondays1 = /** @type {((inputs?: Personality_Retentiondays1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Personality_Retentiondays1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_personality_retentiondays1(inputs)
	if (locale === "de") return de_personality_retentiondays1(inputs)
	return en_personality_retentiondays1(inputs)
});
export { personality_retentiondays1 as "personality_retentionDays" }