/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L08goalsay22Inputs */

const en_lesson_l08goalsay22 = /** @type {(inputs: Lesson_L08goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The POP1 client should read with RDEL and confirm with RCVD: set Retention to "Delete on download".`)
};

const es_lesson_l08goalsay22 = /** @type {(inputs: Lesson_L08goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cliente POP1 debería leer con RDEL y confirmar con RCVD: pon Conservación en «Borrar al descargar».`)
};

const de_lesson_l08goalsay22 = /** @type {(inputs: Lesson_L08goalsay22Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der POP1-Client sollte mit RDEL lesen und mit RCVD bestätigen: Stell die Aufbewahrung auf „Beim Abrufen löschen“.`)
};

/**
* | output |
* | --- |
* | "The POP1 client should read with RDEL and confirm with RCVD: set Retention to \"Delete on download\"." |
*
* @param {Lesson_L08goalsay22Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l08goalsay22 = /** @type {((inputs?: Lesson_L08goalsay22Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L08goalsay22Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l08goalsay22(inputs)
	if (locale === "de") return de_lesson_l08goalsay22(inputs)
	return en_lesson_l08goalsay22(inputs)
});
export { lesson_l08goalsay22 as "lesson_l08GoalSay2" }