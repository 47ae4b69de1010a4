/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progresscorrupt1Inputs */

const en_lessons_progresscorrupt1 = /** @type {(inputs: Lessons_Progresscorrupt1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your saved lesson progress could not be read, so lessons start afresh. Nothing else was changed.`)
};

const es_lessons_progresscorrupt1 = /** @type {(inputs: Lessons_Progresscorrupt1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo leer tu progreso guardado, así que las lecciones empiezan de cero. No se ha cambiado nada más.`)
};

const de_lessons_progresscorrupt1 = /** @type {(inputs: Lessons_Progresscorrupt1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dein gespeicherter Lernfortschritt ließ sich nicht lesen, deshalb beginnen die Lektionen von vorn. Sonst wurde nichts geändert.`)
};

/**
* | output |
* | --- |
* | "Your saved lesson progress could not be read, so lessons start afresh. Nothing else was changed." |
*
* @param {Lessons_Progresscorrupt1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progresscorrupt1 = /** @type {((inputs?: Lessons_Progresscorrupt1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progresscorrupt1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progresscorrupt1(inputs)
	if (locale === "de") return de_lessons_progresscorrupt1(inputs)
	return en_lessons_progresscorrupt1(inputs)
});
export { lessons_progresscorrupt1 as "lessons_progressCorrupt" }