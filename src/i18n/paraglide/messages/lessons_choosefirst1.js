/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Choosefirst1Inputs */

const en_lessons_choosefirst1 = /** @type {(inputs: Lessons_Choosefirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose an answer first.`)
};

const es_lessons_choosefirst1 = /** @type {(inputs: Lessons_Choosefirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige primero una respuesta.`)
};

const de_lessons_choosefirst1 = /** @type {(inputs: Lessons_Choosefirst1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle zuerst eine Antwort.`)
};

/**
* | output |
* | --- |
* | "Choose an answer first." |
*
* @param {Lessons_Choosefirst1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_choosefirst1 = /** @type {((inputs?: Lessons_Choosefirst1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Choosefirst1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_choosefirst1(inputs)
	if (locale === "de") return de_lessons_choosefirst1(inputs)
	return en_lessons_choosefirst1(inputs)
});
export { lessons_choosefirst1 as "lessons_chooseFirst" }