/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L13goalsay12Inputs */

const en_lesson_l13goalsay12 = /** @type {(inputs: Lesson_L13goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solve it with a setting, not a fault: press Reset.`)
};

const es_lesson_l13goalsay12 = /** @type {(inputs: Lesson_L13goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resuélvelo con un ajuste, no con un fallo: pulsa Reiniciar.`)
};

const de_lesson_l13goalsay12 = /** @type {(inputs: Lesson_L13goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löse es mit einer Einstellung, nicht mit einer Störung: Drücke Zurücksetzen.`)
};

/**
* | output |
* | --- |
* | "Solve it with a setting, not a fault: press Reset." |
*
* @param {Lesson_L13goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l13goalsay12 = /** @type {((inputs?: Lesson_L13goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L13goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l13goalsay12(inputs)
	if (locale === "de") return de_lesson_l13goalsay12(inputs)
	return en_lesson_l13goalsay12(inputs)
});
export { lesson_l13goalsay12 as "lesson_l13GoalSay1" }