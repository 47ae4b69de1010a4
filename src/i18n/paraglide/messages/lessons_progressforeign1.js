/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lessons_Progressforeign1Inputs */

const en_lessons_progressforeign1 = /** @type {(inputs: Lessons_Progressforeign1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saved lesson progress in a form this POP Lab does not know was found; a copy is kept in this browser and lessons start afresh.`)
};

const es_lessons_progressforeign1 = /** @type {(inputs: Lessons_Progressforeign1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se encontró progreso guardado en un formato que este POP Lab no conoce; se conserva una copia en este navegador y las lecciones empiezan de cero.`)
};

const de_lessons_progressforeign1 = /** @type {(inputs: Lessons_Progressforeign1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gespeicherter Lernfortschritt in einem Format, das dieses POP Lab nicht kennt, wurde gefunden; eine Kopie bleibt in diesem Browser, und die Lektionen beginnen von vorn.`)
};

/**
* | output |
* | --- |
* | "Saved lesson progress in a form this POP Lab does not know was found; a copy is kept in this browser and lessons start afresh." |
*
* @param {Lessons_Progressforeign1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lessons_progressforeign1 = /** @type {((inputs?: Lessons_Progressforeign1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lessons_Progressforeign1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lessons_progressforeign1(inputs)
	if (locale === "de") return de_lessons_progressforeign1(inputs)
	return en_lessons_progressforeign1(inputs)
});
export { lessons_progressforeign1 as "lessons_progressForeign" }