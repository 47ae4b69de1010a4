/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ verdict: NonNullable<unknown> }} Lessons_Claimright1Inputs */

const en_lessons_claimright1 = /** @type {(inputs: Lessons_Claimright1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You predicted it: the claim is ${i?.verdict}.`)
};

const es_lessons_claimright1 = /** @type {(inputs: Lessons_Claimright1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lo has acertado: la afirmación es ${i?.verdict}.`)
};

const de_lessons_claimright1 = /** @type {(inputs: Lessons_Claimright1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Richtig vorhergesagt: Die Behauptung ist ${i?.verdict}.`)
};

/**
* | output |
* | --- |
* | "You predicted it: the claim is {verdict}." |
*
* @param {Lessons_Claimright1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_claimright1 = /** @type {((inputs: Lessons_Claimright1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Claimright1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_claimright1(inputs)
	if (locale === "de") return de_lessons_claimright1(inputs)
	return en_lessons_claimright1(inputs)
});
export { lessons_claimright1 as "lessons_claimRight" }