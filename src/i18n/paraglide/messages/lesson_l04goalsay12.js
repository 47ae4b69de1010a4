/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L04goalsay12Inputs */

const en_lesson_l04goalsay12 = /** @type {(inputs: Lesson_L04goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pause right after the server reads the laptop's QUIT and press "Drop connection".`)
};

const es_lesson_l04goalsay12 = /** @type {(inputs: Lesson_L04goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Detente justo después de que el servidor lea el QUIT del portátil y pulsa «Cortar la conexión».`)
};

const de_lesson_l04goalsay12 = /** @type {(inputs: Lesson_L04goalsay12Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Halte direkt an, nachdem der Server das QUIT des Laptops gelesen hat, und drücke „Verbindung trennen“.`)
};

/**
* | output |
* | --- |
* | "Pause right after the server reads the laptop's QUIT and press \"Drop connection\"." |
*
* @param {Lesson_L04goalsay12Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l04goalsay12 = /** @type {((inputs?: Lesson_L04goalsay12Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L04goalsay12Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l04goalsay12(inputs)
	if (locale === "de") return de_lesson_l04goalsay12(inputs)
	return en_lesson_l04goalsay12(inputs)
});
export { lesson_l04goalsay12 as "lesson_l04GoalSay1" }