/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L02goalsay12Inputs */

const en_lesson_l02goalsay12 = /** @type {(inputs: Lesson_L02goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Solve it without faults: press Reset to clear them, and change a setting instead.`)
};

const es_lesson_l02goalsay12 = /** @type {(inputs: Lesson_L02goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resuélvelo sin fallos: pulsa Reiniciar para quitarlos y cambia un ajuste en su lugar.`)
};

const de_lesson_l02goalsay12 = /** @type {(inputs: Lesson_L02goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Löse es ohne Störungen: Drücke Zurücksetzen, um sie zu entfernen, und ändere stattdessen eine Einstellung.`)
};

/**
* | output |
* | --- |
* | "Solve it without faults: press Reset to clear them, and change a setting instead." |
*
* @param {Lesson_L02goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l02goalsay12 = /** @type {((inputs?: Lesson_L02goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L02goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l02goalsay12(inputs)
	if (locale === "de") return de_lesson_l02goalsay12(inputs)
	return en_lesson_l02goalsay12(inputs)
});
export { lesson_l02goalsay12 as "lesson_l02GoalSay1" }