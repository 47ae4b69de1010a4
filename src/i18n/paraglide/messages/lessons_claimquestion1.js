/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Claimquestion1Inputs */

const en_lessons_claimquestion1 = /** @type {(inputs: Lessons_Claimquestion1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predict: how does this claim hold up?`)
};

const es_lessons_claimquestion1 = /** @type {(inputs: Lessons_Claimquestion1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Predice: ¿se sostiene esta afirmación?`)
};

const de_lessons_claimquestion1 = /** @type {(inputs: Lessons_Claimquestion1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sag voraus: Hält diese Behauptung stand?`)
};

/**
* | output |
* | --- |
* | "Predict: how does this claim hold up?" |
*
* @param {Lessons_Claimquestion1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_claimquestion1 = /** @type {((inputs?: Lessons_Claimquestion1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Claimquestion1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_claimquestion1(inputs)
	if (locale === "de") return de_lessons_claimquestion1(inputs)
	return en_lessons_claimquestion1(inputs)
});
export { lessons_claimquestion1 as "lessons_claimQuestion" }