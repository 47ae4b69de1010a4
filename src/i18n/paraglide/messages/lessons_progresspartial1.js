/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progresspartial1Inputs */

const en_lessons_progresspartial1 = /** @type {(inputs: Lessons_Progresspartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part of your saved lesson progress could not be read and was left out.`)
};

const es_lessons_progresspartial1 = /** @type {(inputs: Lessons_Progresspartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una parte de tu progreso guardado no se pudo leer y se ha dejado fuera.`)
};

const de_lessons_progresspartial1 = /** @type {(inputs: Lessons_Progresspartial1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ein Teil deines gespeicherten Lernfortschritts ließ sich nicht lesen und wurde weggelassen.`)
};

/**
* | output |
* | --- |
* | "Part of your saved lesson progress could not be read and was left out." |
*
* @param {Lessons_Progresspartial1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progresspartial1 = /** @type {((inputs?: Lessons_Progresspartial1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progresspartial1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progresspartial1(inputs)
	if (locale === "de") return de_lessons_progresspartial1(inputs)
	return en_lessons_progresspartial1(inputs)
});
export { lessons_progresspartial1 as "lessons_progressPartial" }