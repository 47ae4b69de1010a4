/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_LessonInputs */

const en_presenter_lesson = /** @type {(inputs: Presenter_LessonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lesson`)
};

const es_presenter_lesson = /** @type {(inputs: Presenter_LessonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lección`)
};

const de_presenter_lesson = /** @type {(inputs: Presenter_LessonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lektion`)
};

/**
* | output |
* | --- |
* | "Lesson" |
*
* @param {Presenter_LessonInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const presenter_lesson = /** @type {((inputs?: Presenter_LessonInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_LessonInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_lesson(inputs)
	if (locale === "de") return de_presenter_lesson(inputs)
	return en_presenter_lesson(inputs)
});