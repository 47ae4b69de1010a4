/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L07step21Inputs */

const en_lesson_l07step21 = /** @type {(inputs: Lesson_L07step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the Outcome.`)
};

const es_lesson_l07step21 = /** @type {(inputs: Lesson_L07step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lee el Resultado.`)
};

const de_lesson_l07step21 = /** @type {(inputs: Lesson_L07step21Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lies das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Read the Outcome." |
*
* @param {Lesson_L07step21Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l07step21 = /** @type {((inputs?: Lesson_L07step21Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L07step21Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l07step21(inputs)
	if (locale === "de") return de_lesson_l07step21(inputs)
	return en_lesson_l07step21(inputs)
});
export { lesson_l07step21 as "lesson_l07Step2" }