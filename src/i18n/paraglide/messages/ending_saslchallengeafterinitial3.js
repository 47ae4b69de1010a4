/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ending_Saslchallengeafterinitial3Inputs */

const en_ending_saslchallengeafterinitial3 = /** @type {(inputs: Ending_Saslchallengeafterinitial3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`a challenge after the initial PLAIN response`)
};

const es_ending_saslchallengeafterinitial3 = /** @type {(inputs: Ending_Saslchallengeafterinitial3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`un desafío después de la respuesta inicial de PLAIN`)
};

const de_ending_saslchallengeafterinitial3 = /** @type {(inputs: Ending_Saslchallengeafterinitial3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`eine Challenge nach der ersten Antwort mit PLAIN`)
};

/**
* | output |
* | --- |
* | "a challenge after the initial PLAIN response" |
*
* @param {Ending_Saslchallengeafterinitial3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const ending_saslchallengeafterinitial3 = /** @type {((inputs?: Ending_Saslchallengeafterinitial3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ending_Saslchallengeafterinitial3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_ending_saslchallengeafterinitial3(inputs)
	if (locale === "de") return de_ending_saslchallengeafterinitial3(inputs)
	return en_ending_saslchallengeafterinitial3(inputs)
});
export { ending_saslchallengeafterinitial3 as "ending_saslChallengeAfterInitial" }