/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L03step31Inputs */

const en_lesson_l03step31 = /** @type {(inputs: Lesson_L03step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the Outcome.`)
};

const es_lesson_l03step31 = /** @type {(inputs: Lesson_L03step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lee el Resultado.`)
};

const de_lesson_l03step31 = /** @type {(inputs: Lesson_L03step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lies das Ergebnis.`)
};

/**
* | output |
* | --- |
* | "Read the Outcome." |
*
* @param {Lesson_L03step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l03step31 = /** @type {((inputs?: Lesson_L03step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L03step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l03step31(inputs)
	if (locale === "de") return de_lesson_l03step31(inputs)
	return en_lesson_l03step31(inputs)
});
export { lesson_l03step31 as "lesson_l03Step3" }