/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ predicted: NonNullable<unknown>, verdict: NonNullable<unknown> }} Lessons_Claimwrong1Inputs */

const en_lessons_claimwrong1 = /** @type {(inputs: Lessons_Claimwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You predicted "${i?.predicted}"; the claim is ${i?.verdict}.`)
};

const es_lessons_claimwrong1 = /** @type {(inputs: Lessons_Claimwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Predijiste «${i?.predicted}»; la afirmación es ${i?.verdict}.`)
};

const de_lessons_claimwrong1 = /** @type {(inputs: Lessons_Claimwrong1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Du hast „${i?.predicted}“ vorhergesagt; die Behauptung ist ${i?.verdict}.`)
};

/**
* | output |
* | --- |
* | "You predicted \"{predicted}\"; the claim is {verdict}." |
*
* @param {Lessons_Claimwrong1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_claimwrong1 = /** @type {((inputs: Lessons_Claimwrong1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Claimwrong1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_claimwrong1(inputs)
	if (locale === "de") return de_lessons_claimwrong1(inputs)
	return en_lessons_claimwrong1(inputs)
});
export { lessons_claimwrong1 as "lessons_claimWrong" }