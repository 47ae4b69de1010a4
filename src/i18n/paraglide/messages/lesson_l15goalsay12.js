/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L15goalsay12Inputs */

const en_lesson_l15goalsay12 = /** @type {(inputs: Lesson_L15goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a crash at the step the fault map showed in red (select its cell in the map).`)
};

const es_lesson_l15goalsay12 = /** @type {(inputs: Lesson_L15goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Añade un cuelgue en el paso que el mapa de fallos mostró en rojo (selecciona su casilla en el mapa).`)
};

const de_lesson_l15goalsay12 = /** @type {(inputs: Lesson_L15goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Füge einen Absturz bei dem Schritt ein, den die Störungskarte rot hervorgehoben hat (wähle seine Zelle in der Karte).`)
};

/**
* | output |
* | --- |
* | "Add a crash at the step the fault map showed in red (select its cell in the map)." |
*
* @param {Lesson_L15goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l15goalsay12 = /** @type {((inputs?: Lesson_L15goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L15goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l15goalsay12(inputs)
	if (locale === "de") return de_lesson_l15goalsay12(inputs)
	return en_lesson_l15goalsay12(inputs)
});
export { lesson_l15goalsay12 as "lesson_l15GoalSay1" }