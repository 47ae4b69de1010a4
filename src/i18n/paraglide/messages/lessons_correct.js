/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_CorrectInputs */

const en_lessons_correct = /** @type {(inputs: Lessons_CorrectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correct.`)
};

const es_lessons_correct = /** @type {(inputs: Lessons_CorrectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Correcto.`)
};

const de_lessons_correct = /** @type {(inputs: Lessons_CorrectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Richtig.`)
};

/**
* | output |
* | --- |
* | "Correct." |
*
* @param {Lessons_CorrectInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_correct = /** @type {((inputs?: Lessons_CorrectInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_CorrectInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_correct(inputs)
	if (locale === "de") return de_lessons_correct(inputs)
	return en_lessons_correct(inputs)
});