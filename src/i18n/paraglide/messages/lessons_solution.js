/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_SolutionInputs */

const en_lessons_solution = /** @type {(inputs: Lessons_SolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solution`)
};

const es_lessons_solution = /** @type {(inputs: Lessons_SolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solución`)
};

const de_lessons_solution = /** @type {(inputs: Lessons_SolutionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lösung`)
};

/**
* | output |
* | --- |
* | "Solution" |
*
* @param {Lessons_SolutionInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_solution = /** @type {((inputs?: Lessons_SolutionInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_SolutionInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_solution(inputs)
	if (locale === "de") return de_lessons_solution(inputs)
	return en_lessons_solution(inputs)
});