/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15step31Inputs */

const en_lesson_l15step31 = /** @type {(inputs: Lesson_L15step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose the other commit order below, and open the fault map again: what happened to the red cells?`)
};

const es_lesson_l15step31 = /** @type {(inputs: Lesson_L15step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elige abajo el otro orden de confirmación y vuelve a abrir el mapa de fallos: ¿qué ha pasado con las casillas rojas?`)
};

const de_lesson_l15step31 = /** @type {(inputs: Lesson_L15step31Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wähle unten die andere Reihenfolge beim Bestätigen und öffne die Störungskarte noch einmal: Was ist aus den roten Zellen geworden?`)
};

/**
* | output |
* | --- |
* | "Choose the other commit order below, and open the fault map again: what happened to the red cells?" |
*
* @param {Lesson_L15step31Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15step31 = /** @type {((inputs?: Lesson_L15step31Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15step31Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15step31(inputs)
	if (locale === "de") return de_lesson_l15step31(inputs)
	return en_lesson_l15step31(inputs)
});
export { lesson_l15step31 as "lesson_l15Step3" }