/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Verdicttrue1Inputs */

const en_lessons_verdicttrue1 = /** @type {(inputs: Lessons_Verdicttrue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`True`)
};

const es_lessons_verdicttrue1 = /** @type {(inputs: Lessons_Verdicttrue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verdadera`)
};

const de_lessons_verdicttrue1 = /** @type {(inputs: Lessons_Verdicttrue1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stimmt`)
};

/**
* | output |
* | --- |
* | "True" |
*
* @param {Lessons_Verdicttrue1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_verdicttrue1 = /** @type {((inputs?: Lessons_Verdicttrue1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Verdicttrue1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_verdicttrue1(inputs)
	if (locale === "de") return de_lessons_verdicttrue1(inputs)
	return en_lessons_verdicttrue1(inputs)
});
export { lessons_verdicttrue1 as "lessons_verdictTrue" }