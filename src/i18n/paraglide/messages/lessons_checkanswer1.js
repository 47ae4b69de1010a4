/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Checkanswer1Inputs */

const en_lessons_checkanswer1 = /** @type {(inputs: Lessons_Checkanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check answer`)
};

const es_lessons_checkanswer1 = /** @type {(inputs: Lessons_Checkanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comprobar la respuesta`)
};

const de_lessons_checkanswer1 = /** @type {(inputs: Lessons_Checkanswer1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antwort prüfen`)
};

/**
* | output |
* | --- |
* | "Check answer" |
*
* @param {Lessons_Checkanswer1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_checkanswer1 = /** @type {((inputs?: Lessons_Checkanswer1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Checkanswer1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_checkanswer1(inputs)
	if (locale === "de") return de_lessons_checkanswer1(inputs)
	return en_lessons_checkanswer1(inputs)
});
export { lessons_checkanswer1 as "lessons_checkAnswer" }