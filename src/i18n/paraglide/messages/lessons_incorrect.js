/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ answer: NonNullable<unknown> }} Lessons_IncorrectInputs */

const en_lessons_incorrect = /** @type {(inputs: Lessons_IncorrectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Not quite. The answer is: ${i?.answer}`)
};

const es_lessons_incorrect = /** @type {(inputs: Lessons_IncorrectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`No exactamente. La respuesta es: ${i?.answer}`)
};

const de_lessons_incorrect = /** @type {(inputs: Lessons_IncorrectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nicht ganz. Die Antwort lautet: ${i?.answer}`)
};

/**
* | output |
* | --- |
* | "Not quite. The answer is: {answer}" |
*
* @param {Lessons_IncorrectInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const lessons_incorrect = /** @type {((inputs: Lessons_IncorrectInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_IncorrectInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_incorrect(inputs)
	if (locale === "de") return de_lessons_incorrect(inputs)
	return en_lessons_incorrect(inputs)
});