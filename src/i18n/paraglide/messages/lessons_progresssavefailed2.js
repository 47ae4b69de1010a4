/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progresssavefailed2Inputs */

const en_lessons_progresssavefailed2 = /** @type {(inputs: Lessons_Progresssavefailed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lesson progress could not be saved (storage is full or blocked).`)
};

const es_lessons_progresssavefailed2 = /** @type {(inputs: Lessons_Progresssavefailed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No se pudo guardar el progreso (el almacenamiento está lleno o bloqueado).`)
};

const de_lessons_progresssavefailed2 = /** @type {(inputs: Lessons_Progresssavefailed2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Lernfortschritt ließ sich nicht speichern (Speicher voll oder gesperrt).`)
};

/**
* | output |
* | --- |
* | "Lesson progress could not be saved (storage is full or blocked)." |
*
* @param {Lessons_Progresssavefailed2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progresssavefailed2 = /** @type {((inputs?: Lessons_Progresssavefailed2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progresssavefailed2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progresssavefailed2(inputs)
	if (locale === "de") return de_lessons_progresssavefailed2(inputs)
	return en_lessons_progresssavefailed2(inputs)
});
export { lessons_progresssavefailed2 as "lessons_progressSaveFailed" }