/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Lessonquestions1Inputs */

const en_presenter_lessonquestions1 = /** @type {(inputs: Presenter_Lessonquestions1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Questions the lab will ask (answer)`)
};

const es_presenter_lessonquestions1 = /** @type {(inputs: Presenter_Lessonquestions1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preguntas que hará el laboratorio (con respuesta)`)
};

const de_presenter_lessonquestions1 = /** @type {(inputs: Presenter_Lessonquestions1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fragen, die das Lab stellen wird (mit Antwort)`)
};

/**
* | output |
* | --- |
* | "Questions the lab will ask (answer)" |
*
* @param {Presenter_Lessonquestions1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_lessonquestions1 = /** @type {((inputs?: Presenter_Lessonquestions1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Lessonquestions1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_lessonquestions1(inputs)
	if (locale === "de") return de_presenter_lessonquestions1(inputs)
	return en_presenter_lessonquestions1(inputs)
});
export { presenter_lessonquestions1 as "presenter_lessonQuestions" }